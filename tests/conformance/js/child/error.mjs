// 3-4 Child context error: a step inside the child throws with no retry, so the child fails and the execution fails with ChildContextError.
import { withDurableExecution, retryPresets } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  return await context.runInChildContext("child-body", async (child) => {
    return await child.step(
      "failing",
      async () => {
        throw new Error("step inside child context failed");
      },
      { retryStrategy: retryPresets.noRetry },
    );
  });
});
