// 5-5 Invoke target fails: invokes the failing target; the InvokeError propagates and the execution fails.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  return await context.invoke(process.env.TARGET_FUNCTION_NAME, event);
});
