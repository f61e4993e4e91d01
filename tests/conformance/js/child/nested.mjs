// 3-6 Nested child contexts: the outer child runs a step and an inner child with its own step; both return the input.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  return await context.runInChildContext("outer", async (outer) => {
    await outer.step("outer-echo", async () => event);
    return await outer.runInChildContext("inner", async (inner) => {
      return await inner.step("inner-echo", async () => event);
    });
  });
});
