// 3-15 Child context error without step: the child body throws directly (no durable operation), so the child and the execution fail.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  return await context.runInChildContext("child-body", async () => {
    throw new Error("child context body failed");
  });
});
