// 7-13 Wait-for-callback heartbeat then success: a 10-second heartbeat timeout kept alive by a heartbeat; returns the external payload.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const submit = async (callbackId, ctx) => ctx.logger.info(`callback id registered: ${callbackId}`);

export const handler = withDurableExecution(async (event, context) => {
  return await context.waitForCallback(event, submit, { heartbeatTimeout: { seconds: 10 } });
});
