// 8-15 Parallel with a custom itemSerdes: each branch result is checkpointed as {"wrapped": v} and read back as v; returns ["x", "y"].
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const wrappingSerdes = {
  serialize: async (value) => JSON.stringify({ wrapped: value }),
  deserialize: async (data) => (data === undefined ? undefined : JSON.parse(data).wrapped),
};

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.parallel("serde", [async () => "x", async () => "y"], {
    maxConcurrency: 1,
    itemSerdes: wrappingSerdes,
  });
  return batch.getResults();
});
