// 6-12 Wait-for-condition then step: counts from 0 up to the input threshold, then a step multiplies the result by 10.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const finalState = await context.waitForCondition(async (state) => state + 1, {
    initialState: 0,
    waitStrategy: (state) =>
      state >= event ? { shouldContinue: false } : { shouldContinue: true, delay: { seconds: 1 } },
  });
  return await context.step(async () => finalState * 10);
});
