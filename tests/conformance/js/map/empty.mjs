// 9-4 Map empty: maps "empty" over the (empty) input list and returns the empty results.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.map("empty", event, async (ctx, item) => item);
  return batch.getResults();
});
