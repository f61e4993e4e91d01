// 8-1 Parallel basic: two branches, each one step returning a constant, run sequentially; returns the ordered results.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.parallel(
    "parallel",
    [
      async (ctx) => ctx.step(async () => "task-1"),
      async (ctx) => ctx.step(async () => "task-2"),
    ],
    { maxConcurrency: 1 },
  );
  return batch.getResults();
});
