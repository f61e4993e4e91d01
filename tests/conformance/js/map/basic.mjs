// 9-1 Map basic: maps "map" over the input names one at a time, each item greeting its name in a step.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.map(
    "map",
    event,
    async (ctx, name) => ctx.step(async () => `Hello, ${name}!`),
    { maxConcurrency: 1 },
  );
  return batch.getResults();
});
