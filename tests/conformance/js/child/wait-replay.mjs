// 3-13 Child context with wait inside: the child only waits 1 s and returns the input; a step outside the child then returns the input.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  await context.runInChildContext("child-body", async (child) => {
    await child.wait({ seconds: 1 });
    return event;
  });
  return await context.step("echo", async () => event);
});
