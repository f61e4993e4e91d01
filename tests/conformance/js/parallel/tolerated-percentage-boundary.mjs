// 8-22 Parallel tolerated-failure-percentage at the boundary: 1 of 4 fails with 25% tolerated, not exceeded, all run; returns a projection.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const ok = async () => "ok";
const fail = async () => {
  throw new Error("branch failed");
};

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.parallel("pct-boundary", [fail, ok, ok, ok], {
    maxConcurrency: 1,
    completionConfig: { toleratedFailurePercentage: 25 },
  });
  const { completionReason, status, successCount, failureCount, totalCount } = batch;
  return { completionReason, status, successCount, failureCount, totalCount };
});
