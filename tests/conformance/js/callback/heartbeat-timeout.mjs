// 4-4 Create callback heartbeat timeout: a callback with a 5-second heartbeat timeout and no heartbeat; the timeout error is not caught.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const [result] = await context.createCallback(event, { heartbeatTimeout: { seconds: 5 } });
  return await result;
});
