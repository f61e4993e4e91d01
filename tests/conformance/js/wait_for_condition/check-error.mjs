// 6-7 Wait-for-condition check error: the check throws on its first attempt and the uncaught error fails the execution.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  return await context.waitForCondition(
    async () => {
      throw new Error("check failed");
    },
    { initialState: 0, waitStrategy: () => ({ shouldContinue: false }) },
  );
});
