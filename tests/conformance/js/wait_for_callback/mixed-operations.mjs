// 7-10 Wait-for-callback mixed operations: a 1-second wait, a step returning fixed data, then a waitForCallback named by the input.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const submit = async (callbackId, ctx) => ctx.logger.info(`callback id registered: ${callbackId}`);

export const handler = withDurableExecution(async (event, context) => {
  await context.wait({ seconds: 1 });
  await context.step("prepare", async () => ({ prepared: true }));
  return await context.waitForCallback(event, submit);
});
