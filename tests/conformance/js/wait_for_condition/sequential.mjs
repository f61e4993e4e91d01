// 6-13 Wait-for-condition sequential: counts 0 -> 2, then a second operation seeded with that result counts on to 4.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const until = (threshold) => (state) =>
  state >= threshold ? { shouldContinue: false } : { shouldContinue: true, delay: { seconds: 1 } };

export const handler = withDurableExecution(async (event, context) => {
  const increment = async (state) => state + 1;
  const first = await context.waitForCondition(increment, { initialState: 0, waitStrategy: until(2) });
  return await context.waitForCondition(increment, { initialState: first, waitStrategy: until(4) });
});
