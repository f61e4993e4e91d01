// 7-11 Wait-for-callback JSON result: deserializes the callback payload as JSON and returns its "status" field.
import { defaultSerdes, withDurableExecution } from "@aws/durable-execution-sdk-js";

const submit = async (callbackId, ctx) => ctx.logger.info(`callback id registered: ${callbackId}`);

export const handler = withDurableExecution(async (event, context) => {
  const result = await context.waitForCallback(event, submit, { serdes: defaultSerdes });
  return result.status;
});
