// 7-4 Wait-for-callback external failure (uncaught): the external system fails the callback and the error fails the execution.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const submit = async (callbackId, ctx) => ctx.logger.info(`callback id registered: ${callbackId}`);

export const handler = withDurableExecution(async (event, context) => {
  return await context.waitForCallback(event, submit);
});
