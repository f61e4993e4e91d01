// 4-3 Create callback general timeout: a callback with a 5-second timeout that nobody completes; the timeout error is not caught.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const [result] = await context.createCallback(event, { timeout: { seconds: 5 } });
  return await result;
});
