// 6-6 Wait-for-condition max attempts: the condition is never met, so a 3-attempt fixed-delay strategy fails the execution.
import { JitterStrategy, createWaitStrategy, withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  return await context.waitForCondition(async (state) => state + 1, {
    initialState: event,
    waitStrategy: createWaitStrategy({
      shouldContinuePolling: () => true,
      maxAttempts: 3,
      initialDelay: { seconds: 1 },
      backoffRate: 1,
      jitter: JitterStrategy.NONE,
    }),
  });
});
