// 1-14 Retry with custom config (fixed interval and backoff): fails twice then succeeds; retry 2s initial, 3x backoff, no jitter.
import { createRetryStrategy, JitterStrategy, withDurableExecution } from "@aws/durable-execution-sdk-js";

const retryStrategy = createRetryStrategy({
  maxAttempts: 5,
  initialDelay: { seconds: 2 },
  backoffRate: 3,
  jitter: JitterStrategy.NONE,
});

export const handler = withDurableExecution(async (event, context) => {
  return await context.step(
    async (stepContext) => {
      if (stepContext.attempt < 3) throw new Error(`attempt ${stepContext.attempt} failed`);
      return "succeeded on third attempt";
    },
    { retryStrategy },
  );
});
