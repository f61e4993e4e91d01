// 3-9 Child context replay: a child context with a step returning the input, then a 1 s wait; on replay the child's cached result is returned.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const result = await context.runInChildContext(async (child) => {
    return await child.step(async () => event);
  });
  await context.wait({ seconds: 1 });
  return result;
});
