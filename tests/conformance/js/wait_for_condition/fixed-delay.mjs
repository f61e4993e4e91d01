// 6-5 Wait-for-condition fixed delay: a createWaitStrategy polling every 2s (no backoff, no jitter) until the counter reaches the input.
import { JitterStrategy, createWaitStrategy, withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  return await context.waitForCondition(async (state) => state + 1, {
    initialState: 0,
    waitStrategy: createWaitStrategy({
      shouldContinuePolling: (state) => state < event,
      initialDelay: { seconds: 2 },
      backoffRate: 1,
      jitter: JitterStrategy.NONE,
    }),
  });
});
