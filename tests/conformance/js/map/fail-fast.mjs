// 9-5 Map fail-fast: tolerates no failure, so the failing second item stops the map before the third starts.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.map(
    "failfast",
    ["ok", "fail", "ok"],
    async (ctx, item) => {
      if (item === "fail") throw new Error("item failed");
      return item;
    },
    { maxConcurrency: 1, completionConfig: { toleratedFailureCount: 0 } },
  );
  const { completionReason, status, successCount, failureCount, totalCount } = batch;
  return { completionReason, status, successCount, failureCount, totalCount };
});
