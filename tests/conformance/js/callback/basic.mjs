// 4-1 Create callback basic: creates a callback named by the input and returns its deserialized result.
import { defaultSerdes, withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const [result] = await context.createCallback(event, { serdes: defaultSerdes });
  return await result;
});
