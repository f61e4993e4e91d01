// 2-5 Wait with long duration (1 hour): a wait expressed in hours (1 hour = 3600 seconds).
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  await context.wait({ hours: 1 });
});
