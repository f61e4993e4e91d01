// 5-6 Invoke target fails, caught: invokes the failing target, catches the InvokeError and returns a fallback.
import { withDurableExecution, InvokeError } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  try {
    return await context.invoke(process.env.TARGET_FUNCTION_NAME, event);
  } catch (error) {
    if (!(error instanceof InvokeError)) throw error;
    return "fallback";
  }
});
