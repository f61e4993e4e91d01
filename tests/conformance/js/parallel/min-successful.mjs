// 8-8 Parallel min-successful early completion: four branches, minSuccessful 2, stops after the first two succeed; returns a projection.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.parallel(
    "min-successful",
    [async () => "a", async () => "b", async () => "c", async () => "d"],
    { maxConcurrency: 1, completionConfig: { minSuccessful: 2 } },
  );
  const { completionReason, successCount, totalCount } = batch;
  return { completionReason, successCount, totalCount };
});
