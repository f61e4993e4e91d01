// 9-14 Map item serdes: each uppercased item result is checkpointed as "wrapped:<value>" and unwrapped on read.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const PREFIX = "wrapped:";
const wrapSerdes = {
  serialize: async (value) => (value === undefined ? undefined : PREFIX + value),
  deserialize: async (data) => (data === undefined ? undefined : data.slice(PREFIX.length)),
};

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.map("serdes", ["x", "y"], async (ctx, item) => item.toUpperCase(), {
    maxConcurrency: 1,
    itemSerdes: wrapSerdes,
  });
  return batch.getResults();
});
