// 4-8 Callback + step + wait for callback result (timeout): creates a 5-second-timeout callback, runs a step, then awaits it uncaught.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const [result] = await context.createCallback(event, { timeout: { seconds: 5 } });
  await context.step("work", async () => "step done");
  return await result;
});
