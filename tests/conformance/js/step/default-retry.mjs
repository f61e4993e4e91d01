// 1-13 Default retry strategy: the step (no retry config) fails on attempts 1 and 2 and succeeds on attempt 3.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  return await context.step(async (stepContext) => {
    if (stepContext.attempt < 3) throw new Error(`attempt ${stepContext.attempt} failed`);
    return "succeeded on third attempt";
  });
});
