// 9-6 Map throw-if-error: the first item fails, fail-fast stops the map, and throwIfError() fails the execution.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.map(
    "throwing",
    ["fail", "ok"],
    async (ctx, item) => {
      if (item === "fail") throw new Error("item failed");
      return item;
    },
    { maxConcurrency: 1, completionConfig: { toleratedFailureCount: 0 } },
  );
  batch.throwIfError();
  return batch.getResults();
});
