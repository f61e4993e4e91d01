// 8-16 Parallel where all branches fail within tolerance: three failing branches, toleratedFailureCount 3, all run; returns a projection.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const fail = async () => {
  throw new Error("branch failed");
};

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.parallel("all-fail", [fail, fail, fail], {
    maxConcurrency: 1,
    completionConfig: { toleratedFailureCount: 3 },
  });
  const { completionReason, status, successCount, failureCount, totalCount } = batch;
  return { completionReason, status, successCount, failureCount, totalCount };
});
