// 4-11 Callback + wait + wait for callback result (timeout): a 3-second-timeout callback, a 6-second wait, then the timed-out callback is awaited uncaught.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const [result] = await context.createCallback(event, { timeout: { seconds: 3 } });
  await context.wait({ seconds: 6 });
  return await result;
});
