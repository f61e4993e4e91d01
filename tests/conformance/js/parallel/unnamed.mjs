// 8-2 Parallel branches-only form: parallel without an operation name, two branches returning constants; returns the ordered results.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.parallel(
    [async () => "alpha", async () => "beta"],
    { maxConcurrency: 1 },
  );
  return batch.getResults();
});
