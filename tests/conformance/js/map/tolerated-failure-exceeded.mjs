// 9-9 Map tolerated-failure-count exceeded: one failure tolerated; the second failure stops the map before item 2.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.map(
    "tolerated-exceeded",
    ["fail", "fail", "ok"],
    async (ctx, item) => {
      if (item === "fail") throw new Error("item failed");
      return item;
    },
    { maxConcurrency: 1, completionConfig: { toleratedFailureCount: 1 } },
  );
  const { completionReason, successCount, failureCount, totalCount } = batch;
  return { completionReason, successCount, failureCount, totalCount };
});
