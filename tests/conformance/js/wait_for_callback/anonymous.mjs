// 7-3 Wait-for-callback anonymous submitter: one unnamed waitForCallback given only an inline submitter; returns the external payload.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  return await context.waitForCallback(async () => {});
});
