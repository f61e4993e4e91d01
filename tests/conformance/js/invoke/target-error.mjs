// Invoke target (failing): waits 1 s, then throws.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

class TargetFailure extends Error {
  name = "TargetFailure";
}

export const handler = withDurableExecution(async (event, context) => {
  await context.wait({ seconds: 1 });
  throw new TargetFailure("target function failed");
});
