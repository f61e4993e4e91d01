// 6-4 Wait-for-condition initial state: increments a counter seeded with 5 until it reaches the input threshold.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  return await context.waitForCondition(async (state) => state + 1, {
    initialState: 5,
    waitStrategy: (state) =>
      state >= event ? { shouldContinue: false } : { shouldContinue: true, delay: { seconds: 1 } },
  });
});
