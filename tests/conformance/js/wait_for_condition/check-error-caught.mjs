// 6-8 Wait-for-condition check error caught: the check throws, the handler catches the operation's failure and returns "recovered".
import { DurableOperationError, withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  try {
    return await context.waitForCondition(
      async () => {
        throw new Error("check failed");
      },
      { initialState: 0, waitStrategy: () => ({ shouldContinue: false }) },
    );
  } catch (error) {
    // SDK 2.4.0 rethrows a check-function failure as a DurableOperationError (a StepError, not a WaitForConditionError).
    if (error instanceof DurableOperationError) return "recovered";
    throw error;
  }
});
