// 9-8 Map tolerated-failure-count: one failure is tolerated, so all three items run (ok, fail, ok).
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.map(
    "tolerated",
    ["ok", "fail", "ok"],
    async (ctx, item) => {
      if (item === "fail") throw new Error("item failed");
      return item;
    },
    { maxConcurrency: 1, completionConfig: { toleratedFailureCount: 1 } },
  );
  const { completionReason, status, successCount, failureCount, totalCount } = batch;
  return { completionReason, status, successCount, failureCount, totalCount };
});
