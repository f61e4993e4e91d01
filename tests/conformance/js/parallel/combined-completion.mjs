// 8-18 Parallel combined completion config: minSuccessful 3 + toleratedFailureCount 1, two failures stop it first; returns a projection.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const ok = async () => "ok";
const fail = async () => {
  throw new Error("branch failed");
};

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.parallel("combined", [fail, fail, ok, ok], {
    maxConcurrency: 1,
    completionConfig: { minSuccessful: 3, toleratedFailureCount: 1 },
  });
  const { completionReason, successCount, failureCount, totalCount } = batch;
  return { completionReason, successCount, failureCount, totalCount };
});
