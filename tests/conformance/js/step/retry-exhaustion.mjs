// 1-12 Retry exhaustion (max attempts): the step always throws; 4 attempts 1s apart, then the execution fails.
import { createRetryStrategy, JitterStrategy, withDurableExecution } from "@aws/durable-execution-sdk-js";

const retryStrategy = createRetryStrategy({
  maxAttempts: 4,
  initialDelay: { seconds: 1 },
  backoffRate: 1,
  jitter: JitterStrategy.NONE,
});

export const handler = withDurableExecution(async (event, context) => {
  return await context.step(
    async (stepContext) => {
      throw new Error(`attempt ${stepContext.attempt} failed`);
    },
    { retryStrategy },
  );
});
