// 9-13 Map item namer: names each iteration "item-<item>" and returns item * 10 directly.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.map("named-items", event, async (ctx, item) => item * 10, {
    maxConcurrency: 1,
    itemNamer: (item) => `item-${item}`,
  });
  return batch.getResults();
});
