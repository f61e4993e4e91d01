// 4-2 Create callback with explicit name: creates a callback named "approval" and returns its result.
import { defaultSerdes, withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const [result] = await context.createCallback("approval", { serdes: defaultSerdes });
  return await result;
});
