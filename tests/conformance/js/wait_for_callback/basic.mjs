// 7-1 Wait-for-callback basic: one waitForCallback named by the input; the submitter only logs the callback id; returns the external payload.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const submit = async (callbackId, ctx) => ctx.logger.info(`callback id registered: ${callbackId}`);

export const handler = withDurableExecution(async (event, context) => {
  return await context.waitForCallback(event, submit);
});
