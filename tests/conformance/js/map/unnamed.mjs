// 9-2 Map items-only form: maps over the input numbers without a name, each item returning its double directly.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.map(event, async (ctx, n) => n * 2, { maxConcurrency: 1 });
  return batch.getResults();
});
