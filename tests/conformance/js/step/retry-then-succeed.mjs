// 1-11 Step with retry (fails then succeeds): the step throws on attempt 1 and succeeds on attempt 2 (1s fixed retry delay).
import { createRetryStrategy, JitterStrategy, withDurableExecution } from "@aws/durable-execution-sdk-js";

const retryStrategy = createRetryStrategy({
  maxAttempts: 3,
  initialDelay: { seconds: 1 },
  backoffRate: 1,
  jitter: JitterStrategy.NONE,
});

export const handler = withDurableExecution(async (event, context) => {
  return await context.step(
    async (stepContext) => {
      if (stepContext.attempt === 1) throw new Error("first attempt fails");
      return "Operation succeeded";
    },
    { retryStrategy },
  );
});
