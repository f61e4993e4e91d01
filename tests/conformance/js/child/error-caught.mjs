// 3-5 Child context error caught: the child's failing step makes the child fail; the handler catches ChildContextError and runs a recovery step returning the input.
import { withDurableExecution, retryPresets, ChildContextError } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  try {
    return await context.runInChildContext(async (child) => {
      return await child.step(
        async () => {
          throw new Error("step inside child context failed");
        },
        { retryStrategy: retryPresets.noRetry },
      );
    });
  } catch (error) {
    if (!(error instanceof ChildContextError)) throw error;
    return await context.step("recovery", async () => event);
  }
});
