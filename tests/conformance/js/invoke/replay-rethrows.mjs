// 5-10 Invoke replay re-throws: catches the failing target's InvokeError, then waits 1 s; on replay the error is re-thrown from the checkpoint and caught again.
import { withDurableExecution, InvokeError } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  let outcome;
  try {
    outcome = await context.invoke(process.env.TARGET_FUNCTION_NAME, event);
  } catch (error) {
    if (!(error instanceof InvokeError)) throw error;
    outcome = `caught: ${error.message}`;
  }
  await context.wait({ seconds: 1 });
  return outcome;
});
