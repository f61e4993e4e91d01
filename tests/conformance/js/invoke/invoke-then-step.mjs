// 5-12 Invoke then step: invokes the echo target with {value: 21}, then a step doubles the echoed value.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const echoed = await context.invoke(process.env.TARGET_FUNCTION_NAME, { value: 21 });
  return await context.step("process", async () => ({ value: echoed.value * 2 }));
});
