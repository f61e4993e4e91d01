// 9-7 Map min-successful: four items, one at a time; the map completes once two have succeeded.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const batch = await context.map("min-successful", ["i0", "i1", "i2", "i3"], async () => "done", {
    maxConcurrency: 1,
    completionConfig: { minSuccessful: 2 },
  });
  const { completionReason, successCount, totalCount } = batch;
  return { completionReason, successCount, totalCount };
});
