// 3-10 Child context with step and wait inside: the child runs a step returning the input, waits 1 s, and returns the step result.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  return await context.runInChildContext("child-body", async (child) => {
    const result = await child.step("echo", async () => event);
    await child.wait({ seconds: 1 });
    return result;
  });
});
