// 5-2 Invoke with name: invokes the echo target with event.payload, naming the operation event.name.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  return await context.invoke(event.name, process.env.TARGET_FUNCTION_NAME, event.payload);
});
