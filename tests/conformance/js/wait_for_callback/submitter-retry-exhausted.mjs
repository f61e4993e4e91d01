// 7-7 Wait-for-callback submitter retry exhausted: the submitter always throws; 2 attempts 1 second apart, then the execution fails.
import { createRetryStrategy, JitterStrategy, withDurableExecution } from "@aws/durable-execution-sdk-js";

const submit = async () => {
  throw new Error("submitter could not register the callback");
};

const retryStrategy = createRetryStrategy({
  maxAttempts: 2,
  initialDelay: { seconds: 1 },
  backoffRate: 1,
  jitter: JitterStrategy.NONE,
});

export const handler = withDurableExecution(async (event, context) => {
  return await context.waitForCallback(event, submit, { retryStrategy });
});
