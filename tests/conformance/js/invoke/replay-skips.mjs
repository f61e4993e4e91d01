// 5-9 Invoke replay skips: invokes the echo target, then waits 1 s; on replay the invoke result comes from the checkpoint.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const result = await context.invoke(process.env.TARGET_FUNCTION_NAME, event);
  await context.wait({ seconds: 1 });
  return result;
});
