// 5-3 Invoke returning complex object: invokes the echo target with the nested JSON event and returns it.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  return await context.invoke(process.env.TARGET_FUNCTION_NAME, event);
});
