// 1-10 Replay re-throws failed step: a no-retry step fails and is caught, then a 1s wait; replay re-throws the cached error.
import { retryPresets, withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  let caught = null;
  try {
    await context.step(
      async (stepContext) => {
        stepContext.logger.info("step executed");
        throw new Error("step failed permanently");
      },
      { retryStrategy: retryPresets.noRetry },
    );
  } catch (error) {
    caught = error.message;
  }
  await context.wait({ seconds: 1 });
  return caught;
});
