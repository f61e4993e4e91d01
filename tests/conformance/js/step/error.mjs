// 1-19 Step with error (fails permanently): a no-retry step that always throws; the execution fails.
import { retryPresets, withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  return await context.step(
    async () => {
      throw new Error("step failed permanently");
    },
    { retryStrategy: retryPresets.noRetry },
  );
});
