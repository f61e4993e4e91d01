// 7-14 Wait-for-callback timeout caught: a 3-second timeout that nobody meets; the timeout error is caught and "timed-out-handled" returned.
import { CallbackTimeoutError, withDurableExecution } from "@aws/durable-execution-sdk-js";

const submit = async (callbackId, ctx) => ctx.logger.info(`callback id registered: ${callbackId}`);

export const handler = withDurableExecution(async (event, context) => {
  try {
    return await context.waitForCallback(event, submit, { timeout: { seconds: 3 } });
  } catch (error) {
    if (!(error instanceof CallbackTimeoutError)) throw error;
    return "timed-out-handled";
  }
});
