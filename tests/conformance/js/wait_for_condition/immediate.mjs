// 6-2 Wait-for-condition immediate: starts at 5, the check keeps it, and the strategy stops on the first attempt.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  return await context.waitForCondition(async (state) => state, {
    initialState: 5,
    waitStrategy: (state) =>
      state >= 5 ? { shouldContinue: false } : { shouldContinue: true, delay: { seconds: 1 } },
  });
});
