// 3-7 Child context with step retry: a step in the child fails on attempt 1 and returns the input on attempt 2 (1 s fixed retry delay).
import { withDurableExecution, createRetryStrategy, JitterStrategy } from "@aws/durable-execution-sdk-js";

const retryStrategy = createRetryStrategy({
  maxAttempts: 3,
  initialDelay: { seconds: 1 },
  backoffRate: 1,
  jitter: JitterStrategy.NONE,
});

export const handler = withDurableExecution(async (event, context) => {
  return await context.runInChildContext("child-body", async (child) => {
    return await child.step(
      "unreliable",
      async (stepContext) => {
        if (stepContext.attempt === 1) throw new Error("first attempt fails");
        return event;
      },
      { retryStrategy },
    );
  });
});
