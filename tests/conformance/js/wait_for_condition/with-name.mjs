// 6-3 Wait-for-condition with name: "poll-status" increments a counter from 0 until it reaches the input threshold.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  return await context.waitForCondition("poll-status", async (state) => state + 1, {
    initialState: 0,
    waitStrategy: (state) =>
      state >= event ? { shouldContinue: false } : { shouldContinue: true, delay: { seconds: 1 } },
  });
});
