// 1-18 Step with AtMostOncePerRetry semantics (with retry, succeeds on second attempt): crashes on attempt 1, succeeds on attempt 2.
import { createRetryStrategy, JitterStrategy, StepSemantics, withDurableExecution } from "@aws/durable-execution-sdk-js";

const retryStrategy = createRetryStrategy({
  maxAttempts: 3,
  initialDelay: { seconds: 1 },
  backoffRate: 1,
  jitter: JitterStrategy.NONE,
});

export const handler = withDurableExecution(async (event, context) => {
  return await context.step(
    async (stepContext) => {
      stepContext.logger.info(`At-most-once step running with input: ${event}`);
      if (stepContext.attempt === 1) process.exit(1);
      return "succeeded on second attempt";
    },
    { semantics: StepSemantics.AtMostOncePerRetry, retryStrategy },
  );
});
