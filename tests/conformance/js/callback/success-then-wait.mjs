// 4-12 Callback success then wait: awaits the callback result, waits 2 seconds, then returns the result.
import { defaultSerdes, withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const [callback] = await context.createCallback(event, { serdes: defaultSerdes });
  const result = await callback;
  await context.wait({ seconds: 2 });
  return result;
});
