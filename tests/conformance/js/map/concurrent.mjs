// 9-11 Map concurrent: three items, two at a time, each returning its own value; results come back in index order.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.map("concurrent", ["r0", "r1", "r2"], async (ctx, item) => item, {
    maxConcurrency: 2,
  });
  return batch.getResults();
});
