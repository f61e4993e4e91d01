// 1-2 Step with name: one step named "custom_step_name" that greets the input.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  return await context.step("custom_step_name", async () => `Hello, ${event}!`);
});
