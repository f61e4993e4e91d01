// 1-15 Retry specific exception: the step throws TransientError once; the strategy retries only TransientError (1s delay).
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

class TransientError extends Error {
  name = "TransientError";
}

const retryOnTransient = (error, attemptsMade) =>
  error instanceof TransientError && attemptsMade < 3
    ? { shouldRetry: true, delay: { seconds: 1 } }
    : { shouldRetry: false };

export const handler = withDurableExecution(async (event, context) => {
  return await context.step(
    async (stepContext) => {
      if (stepContext.attempt === 1) throw new TransientError("temporary failure");
      return "succeeded after transient error";
    },
    { retryStrategy: retryOnTransient },
  );
});
