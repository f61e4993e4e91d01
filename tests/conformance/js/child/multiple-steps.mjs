// 3-3 Child context with multiple sequential steps: the second step receives and returns the first step's result.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  return await context.runInChildContext("child-body", async (child) => {
    const first = await child.step("first", async () => event);
    return await child.step("second", async () => first);
  });
});
