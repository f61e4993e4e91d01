// 8-12 Parallel with FLAT nesting: two branches run in virtual contexts, their steps sit directly under the Parallel context.
import { withDurableExecution, NestingType } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.parallel(
    "flat",
    [
      async (ctx) => ctx.step(async () => "fa"),
      async (ctx) => ctx.step(async () => "fb"),
    ],
    { maxConcurrency: 1, nesting: NestingType.FLAT },
  );
  return batch.getResults();
});
