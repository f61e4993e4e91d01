// 8-5 Parallel with an empty branches list: completes immediately; returns the (empty) ordered results.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.parallel("empty", []);
  return batch.getResults();
});
