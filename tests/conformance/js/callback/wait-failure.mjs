// 4-10 Callback + wait + wait for callback result (failure): creates a callback, waits 5 seconds, then awaits the failed callback uncaught.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const [result] = await context.createCallback(event);
  await context.wait({ seconds: 5 });
  return await result;
});
