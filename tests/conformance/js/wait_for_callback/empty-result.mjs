// 7-15 Wait-for-callback empty result: the external system succeeds without a payload; the handler returns the empty result.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const submit = async (callbackId, ctx) => ctx.logger.info(`callback id registered: ${callbackId}`);

export const handler = withDurableExecution(async (event, context) => {
  return await context.waitForCallback(event, submit);
});
