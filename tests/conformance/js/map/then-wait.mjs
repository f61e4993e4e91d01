// 9-17 Map then wait: uppercases ["a", "b"], then waits 1s; replay skips the completed map.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.map("then-wait", ["a", "b"], async (ctx, item) => item.toUpperCase(), {
    maxConcurrency: 1,
  });
  await context.wait({ seconds: 1 });
  return batch.getResults();
});
