// 7-5 Wait-for-callback timeout: a waitForCallback with a 3-second timeout that nobody completes; the timeout error is not caught.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const submit = async (callbackId, ctx) => ctx.logger.info(`callback id registered: ${callbackId}`);

export const handler = withDurableExecution(async (event, context) => {
  return await context.waitForCallback(event, submit, { timeout: { seconds: 3 } });
});
