// 4-13 Callback failure caught then wait: catches the failed callback, keeps its message, waits 2 seconds, then returns the message.
import { CallbackError, withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const [callback] = await context.createCallback(event);
  let message;
  try {
    message = await callback;
  } catch (error) {
    if (!(error instanceof CallbackError)) throw error;
    message = `callback failed: ${error.message}`;
  }
  await context.wait({ seconds: 2 });
  return message;
});
