// 1-20 Error caught and handled (try/catch): a no-retry step fails, the StepError is caught, a second step uses a fallback.
import { retryPresets, StepError, withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  let value;
  try {
    value = await context.step(
      async () => {
        throw new Error("step failed");
      },
      { retryStrategy: retryPresets.noRetry },
    );
  } catch (error) {
    if (!(error instanceof StepError)) throw error;
    value = "fallback";
  }
  return await context.step(async () => `${value}_result`);
});
