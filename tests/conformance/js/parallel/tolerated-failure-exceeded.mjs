// 8-10 Parallel tolerated-failure-count exceeded: three failing branches, toleratedFailureCount 1, stops after the second failure; returns a projection.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const fail = async () => {
  throw new Error("branch failed");
};

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.parallel("tolerated-exceeded", [fail, fail, fail], {
    maxConcurrency: 1,
    completionConfig: { toleratedFailureCount: 1 },
  });
  const { completionReason, successCount, failureCount, totalCount } = batch;
  return { completionReason, successCount, failureCount, totalCount };
});
