// 8-17 Parallel min-successful not reached: ok, fail, ok with minSuccessful 3, all three run; returns a projection.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const ok = async () => "ok";
const fail = async () => {
  throw new Error("branch failed");
};

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.parallel("min-not-reached", [ok, fail, ok], {
    maxConcurrency: 1,
    completionConfig: { minSuccessful: 3 },
  });
  const { completionReason, status, successCount, failureCount, totalCount } = batch;
  return { completionReason, status, successCount, failureCount, totalCount };
});
