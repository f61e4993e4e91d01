// 7-9 Two sequential wait-for-callbacks: "first" then "second"; returns the second result.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const submit = async (callbackId, ctx) => ctx.logger.info(`callback id registered: ${callbackId}`);

export const handler = withDurableExecution(async (event, context) => {
  await context.waitForCallback("first", submit);
  return await context.waitForCallback("second", submit);
});
