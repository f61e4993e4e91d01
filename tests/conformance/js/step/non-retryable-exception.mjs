// 1-16 Retry specific exception (non-retryable fails): the step throws TransientError, which the strategy never retries.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

class TransientError extends Error {
  name = "TransientError";
}

const noRetryOnTransient = (error, attemptsMade) =>
  error instanceof TransientError || attemptsMade >= 3
    ? { shouldRetry: false }
    : { shouldRetry: true, delay: { seconds: 1 } };

export const handler = withDurableExecution(async (event, context) => {
  return await context.step(
    async () => {
      throw new TransientError("transient failure that is not retried");
    },
    { retryStrategy: noRetryOnTransient },
  );
});
