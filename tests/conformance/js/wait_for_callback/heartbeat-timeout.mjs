// 7-12 Wait-for-callback heartbeat timeout: a 5-second heartbeat timeout with no heartbeat; the timeout error is not caught.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const submit = async (callbackId, ctx) => ctx.logger.info(`callback id registered: ${callbackId}`);

export const handler = withDurableExecution(async (event, context) => {
  return await context.waitForCallback(event, submit, { heartbeatTimeout: { seconds: 5 } });
});
