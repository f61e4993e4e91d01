// 5-11 Step then invoke: a step prepares a value, then the echo target is invoked with it.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const prepared = await context.step("prepare", async () => ({ prepared: true }));
  return await context.invoke(process.env.TARGET_FUNCTION_NAME, prepared);
});
