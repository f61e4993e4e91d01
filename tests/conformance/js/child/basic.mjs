// 3-1 Child context basic: a child context runs one step that returns the input; the context returns the step result.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  return await context.runInChildContext(async (child) => {
    return await child.step(async () => event);
  });
});
