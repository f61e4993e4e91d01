// 9-20 Map operation serdes on replay: the map result is checkpointed as "OPSERDE:X,Y", then a 1s wait forces replay to deserialize it.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const PREFIX = "OPSERDE:";
const resultSerdes = {
  serialize: async (batch) => (batch === undefined ? undefined : PREFIX + batch.getResults().join(",")),
  deserialize: async (data) => {
    if (data === undefined) return undefined;
    const body = data.slice(PREFIX.length);
    const values = body ? body.split(",") : [];
    return {
      all: values.map((result, index) => ({ index, status: "SUCCEEDED", result })),
      completionReason: "ALL_COMPLETED",
    };
  },
};

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.map("op-serde-replay", ["x", "y"], async (ctx, item) => item.toUpperCase(), {
    maxConcurrency: 1,
    serdes: resultSerdes,
  });
  await context.wait({ seconds: 1 });
  return batch.getResults();
});
