// 3-8 Child context with step retry exhaustion: a step in the child always fails; after 2 attempts the child and the execution fail.
import { withDurableExecution, createRetryStrategy, JitterStrategy } from "@aws/durable-execution-sdk-js";

const retryStrategy = createRetryStrategy({
  maxAttempts: 2,
  initialDelay: { seconds: 1 },
  backoffRate: 1,
  jitter: JitterStrategy.NONE,
});

export const handler = withDurableExecution(async (event, context) => {
  return await context.runInChildContext("child-body", async (child) => {
    return await child.step(
      "always-fail",
      async (stepContext) => {
        throw new Error(`attempt ${stepContext.attempt} failed`);
      },
      { retryStrategy },
    );
  });
});
