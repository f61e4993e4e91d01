// 4-14 Callback timeout caught then wait: a 3-second-timeout callback whose timeout is caught, then a 2-second wait, then the message is returned.
import { CallbackTimeoutError, withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const [callback] = await context.createCallback(event, { timeout: { seconds: 3 } });
  let message;
  try {
    message = await callback;
  } catch (error) {
    if (!(error instanceof CallbackTimeoutError)) throw error;
    message = `callback timed out: ${error.message}`;
  }
  await context.wait({ seconds: 2 });
  return message;
});
