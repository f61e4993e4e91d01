// 4-5 Create callback with heartbeat then success: a callback with a 10-second heartbeat timeout, kept alive by a heartbeat, then completed.
import { defaultSerdes, withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const [result] = await context.createCallback(event, {
    heartbeatTimeout: { seconds: 10 },
    serdes: defaultSerdes,
  });
  return await result;
});
