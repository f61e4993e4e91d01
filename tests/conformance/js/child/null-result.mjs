// 3-16 Child context returning null: the child body returns null without any durable operation; the execution returns null.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  return await context.runInChildContext("child-body", async () => null);
});
