// 8-9 Parallel tolerated-failure-count within tolerance: ok, fail, ok with toleratedFailureCount 1, all three run; returns a projection.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const ok = async () => "ok";
const fail = async () => {
  throw new Error("branch failed");
};

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.parallel("tolerated", [ok, fail, ok], {
    maxConcurrency: 1,
    completionConfig: { toleratedFailureCount: 1 },
  });
  const { completionReason, status, successCount, failureCount, totalCount } = batch;
  return { completionReason, status, successCount, failureCount, totalCount };
});
