// 8-11 Parallel real concurrency: three branches with maxConcurrency 2; results come back in branch index order.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.parallel(
    "concurrent",
    [async () => "r0", async () => "r1", async () => "r2"],
    { maxConcurrency: 2 },
  );
  return batch.getResults();
});
