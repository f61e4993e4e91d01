// 7-6 Wait-for-callback external failure caught: the failed callback's error is caught and the handler returns "recovered".
import { CallbackError, withDurableExecution } from "@aws/durable-execution-sdk-js";

const submit = async (callbackId, ctx) => ctx.logger.info(`callback id registered: ${callbackId}`);

export const handler = withDurableExecution(async (event, context) => {
  try {
    return await context.waitForCallback(event, submit);
  } catch (error) {
    if (!(error instanceof CallbackError)) throw error;
    return "recovered";
  }
});
