// 7-8 Wait-for-callback in child context: a child context "wrapper" runs one waitForCallback named by the input and returns its result.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const submit = async (callbackId, ctx) => ctx.logger.info(`callback id registered: ${callbackId}`);

export const handler = withDurableExecution(async (event, context) => {
  return await context.runInChildContext("wrapper", (child) => child.waitForCallback(event, submit));
});
