// 4-7 Callback + step + wait for callback result (failure): creates a callback, runs a step, then awaits the failed callback uncaught.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const [result] = await context.createCallback(event);
  await context.step("work", async () => "step done");
  return await result;
});
