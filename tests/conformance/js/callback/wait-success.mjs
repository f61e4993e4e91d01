// 4-9 Callback + wait + wait for callback result (success): creates a callback, waits 5 seconds, then returns the callback result.
import { defaultSerdes, withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const [result] = await context.createCallback(event, { serdes: defaultSerdes });
  await context.wait({ seconds: 5 });
  return await result;
});
