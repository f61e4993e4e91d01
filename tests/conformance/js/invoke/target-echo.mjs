// Invoke target (echo): waits 1 s, then returns its input unchanged.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  await context.wait({ seconds: 1 });
  return event;
});
