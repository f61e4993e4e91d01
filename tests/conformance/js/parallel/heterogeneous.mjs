// 8-4 Parallel with heterogeneous branch return types: a string, a number and an object; returns the ordered results.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.parallel(
    "hetero",
    [async () => "hello", async () => 42, async () => ({ k: "v" })],
    { maxConcurrency: 1 },
  );
  return batch.getResults();
});
