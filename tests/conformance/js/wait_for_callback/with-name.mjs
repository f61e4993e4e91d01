// 7-2 Wait-for-callback with explicit static name: one waitForCallback named "approval"; returns the external payload.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const submit = async (callbackId, ctx) => ctx.logger.info(`callback id registered: ${callbackId}`);

export const handler = withDurableExecution(async (event, context) => {
  return await context.waitForCallback("approval", submit);
});
