// 4-6 Create callback failure: the external system fails the callback and the handler lets the error fail the execution.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const [result] = await context.createCallback(event);
  return await result;
});
