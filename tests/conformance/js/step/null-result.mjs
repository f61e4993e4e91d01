// 1-5 Undefined/null result: a step that does nothing and returns null.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  return await context.step(async () => null);
});
