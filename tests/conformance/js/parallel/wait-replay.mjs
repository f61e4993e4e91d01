// 8-14 Parallel replay across a wait: branch 0 steps, branch 1 waits 2 s and suspends; on resume branch 0 is skipped and ["b0", "b1"] returned.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.parallel(
    "replay",
    [
      async (ctx) => ctx.step(async () => "b0"),
      async (ctx) => {
        await ctx.wait({ seconds: 2 });
        return "b1";
      },
    ],
    { maxConcurrency: 1 },
  );
  return batch.getResults();
});
