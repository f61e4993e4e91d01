// 9-10 Map tolerated-failure-percentage exceeded: 25% of four items tolerated; the second failure (50%) stops the map.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.map(
    "tolerated-pct",
    ["fail", "fail", "ok", "ok"],
    async (ctx, item) => {
      if (item === "fail") throw new Error("item failed");
      return item;
    },
    { maxConcurrency: 1, completionConfig: { toleratedFailurePercentage: 25 } },
  );
  const { completionReason, successCount, failureCount, totalCount } = batch;
  return { completionReason, successCount, failureCount, totalCount };
});
