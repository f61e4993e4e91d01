// 5-13 Invoke inside child context: a child context invokes the echo target with the event and returns the result.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  return await context.runInChildContext(async (child) => {
    return await child.invoke(process.env.TARGET_FUNCTION_NAME, event);
  });
});
