// 9-19 Map operation serdes: the whole map result is checkpointed as "OPSERDE:" + comma-joined results.
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
  const batch = await context.map("op-serde", ["x", "y"], async (ctx, item) => item.toUpperCase(), {
    maxConcurrency: 1,
    serdes: resultSerdes,
  });
  return batch.getResults();
});
