// 9-3 Map with index: maps "indexed" over the input numbers, each item returning item + index directly.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.map("indexed", event, async (ctx, item, index) => item + index, {
    maxConcurrency: 1,
  });
  return batch.getResults();
});
