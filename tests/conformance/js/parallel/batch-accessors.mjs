// 8-20 Parallel BatchResult accessors: ok, fail, ok with toleratedFailureCount 1; projects hasFailure, succeeded(), failed(), getErrors().
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const ok = async () => "ok";
const fail = async () => {
  throw new Error("branch failed");
};

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.parallel("accessors", [ok, fail, ok], {
    maxConcurrency: 1,
    completionConfig: { toleratedFailureCount: 1 },
  });
  return {
    hasFailure: batch.hasFailure,
    successCount: batch.succeeded().length,
    failureCount: batch.failed().length,
    errorCount: batch.getErrors().length,
  };
});
