// 3-2 Child context with name: a child context named by event.name runs one step that returns event.value.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  return await context.runInChildContext(event.name, async (child) => {
    return await child.step(async () => event.value);
  });
});
