// 1-9 Replay skips succeeded step: the step logs "step executed" and returns a value, then a 1s wait; replay returns the cached value.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const result = await context.step(async (stepContext) => {
    stepContext.logger.info("step executed");
    return "cached_value";
  });
  await context.wait({ seconds: 1 });
  return result;
});
