// 8-7 Parallel throw-if-error: branch 0 fails under fail-fast, the handler calls throwIfError() and the execution fails.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.parallel(
    "throwing",
    [
      async () => {
        throw new Error("branch failed");
      },
      async () => "ok",
    ],
    { maxConcurrency: 1, completionConfig: { toleratedFailureCount: 0 } },
  );
  batch.throwIfError();
  return batch.getResults();
});
