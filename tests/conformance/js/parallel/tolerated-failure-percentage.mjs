// 8-13 Parallel tolerated-failure-percentage exceeded: four failing branches, 25% tolerated, stops after the second failure; returns a projection.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const fail = async () => {
  throw new Error("branch failed");
};

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.parallel("tolerated-pct", [fail, fail, fail, fail], {
    maxConcurrency: 1,
    completionConfig: { toleratedFailurePercentage: 25 },
  });
  const { completionReason, successCount, failureCount, totalCount } = batch;
  return { completionReason, successCount, failureCount, totalCount };
});
