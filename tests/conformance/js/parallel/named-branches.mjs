// 8-3 Parallel with named branch objects: branches "first" and "second" given as {name, func}; returns the ordered results.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.parallel(
    "named",
    [
      { name: "first", func: async () => "one" },
      { name: "second", func: async () => "two" },
    ],
    { maxConcurrency: 1 },
  );
  return batch.getResults();
});
