// 9-16 Map large result: four items each return a ~70KB string, so the whole Map result exceeds the checkpoint limit.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.map(
    "large",
    [0, 1, 2, 3],
    async (ctx, item) => String(item).repeat(70 * 1024),
    { maxConcurrency: 1 },
  );
  const { successCount, totalCount } = batch;
  return { successCount, totalCount };
});
