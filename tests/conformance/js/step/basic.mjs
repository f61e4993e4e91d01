// 1-1 Step basic: one step that greets the input; it succeeds on the first attempt.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  return await context.step("greet", async () => `Hello, ${event}!`);
});
