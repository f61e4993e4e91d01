// 5-4 Invoke returning null: invokes the echo target with null and returns its null result.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  return await context.invoke(process.env.TARGET_FUNCTION_NAME, null);
});
