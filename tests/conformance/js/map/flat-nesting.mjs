// 9-12 Map FLAT nesting: items run in virtual contexts, so each item's step is recorded directly under the Map.
import { NestingType, withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.map(
    "flat",
    ["fa", "fb"],
    async (ctx, item) => ctx.step(async () => item),
    { maxConcurrency: 1, nesting: NestingType.FLAT },
  );
  return batch.getResults();
});
