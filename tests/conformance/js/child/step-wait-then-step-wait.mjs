// 3-18 Child context with step and wait inside, step and wait after: child (step + 1 s wait) returns the input, then a top-level step and 1 s wait.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const childResult = await context.runInChildContext("child-body", async (child) => {
    const result = await child.step("inner-echo", async () => event);
    await child.wait({ seconds: 1 });
    return result;
  });
  const result = await context.step("outer-echo", async () => childResult);
  await context.wait({ seconds: 1 });
  return result;
});
