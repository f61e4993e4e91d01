// 9-18 Map failure then wait: one tolerated item failure, then a 1s wait; replay skips the completed map.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.map(
    "fail-then-wait",
    ["ok", "fail"],
    async (ctx, item) => {
      if (item === "fail") throw new Error("item failed");
      return item;
    },
    { maxConcurrency: 1, completionConfig: { toleratedFailureCount: 1 } },
  );
  await context.wait({ seconds: 1 });
  const { completionReason, status, successCount, failureCount, totalCount } = batch;
  return { completionReason, status, successCount, failureCount, totalCount };
});
