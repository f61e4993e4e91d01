// 8-21 Nested parallel: the single outer branch runs an inner parallel of two steps; returns [["i1", "i2"]].
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const outer = await context.parallel(
    "outer",
    [
      async (branchCtx) => {
        const inner = await branchCtx.parallel(
          "inner",
          [
            async (ctx) => ctx.step(async () => "i1"),
            async (ctx) => ctx.step(async () => "i2"),
          ],
          { maxConcurrency: 1 },
        );
        return inner.getResults();
      },
    ],
    { maxConcurrency: 1 },
  );
  return outer.getResults();
});
