// 8-19 Parallel with invalid maxConcurrency 0: the SDK rejects it with a validation error and the execution fails.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.parallel(
    "bad-concurrency",
    [async () => "a", async () => "b"],
    { maxConcurrency: 0 },
  );
  return batch.getResults();
});
