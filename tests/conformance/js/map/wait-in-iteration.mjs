// 9-15 Map wait in iteration: item 1 waits 1s before its step, suspending mid-map; replay skips item 0.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.map(
    "suspend",
    ["r0", "r1"],
    async (ctx, item, index) => {
      if (index === 1) await ctx.wait({ seconds: 1 });
      return ctx.step(async () => item);
    },
    { maxConcurrency: 1 },
  );
  return batch.getResults();
});
