// 8-6 Parallel fail-fast (toleratedFailureCount 0): branch 0 succeeds, branch 1 fails, branch 2 never starts; returns a batch projection.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.parallel(
    "failfast",
    [
      async () => "ok",
      async () => {
        throw new Error("branch failed");
      },
      async () => "never",
    ],
    { maxConcurrency: 1, completionConfig: { toleratedFailureCount: 0 } },
  );
  const { completionReason, status, successCount, failureCount, totalCount } = batch;
  return { completionReason, status, successCount, failureCount, totalCount };
});
