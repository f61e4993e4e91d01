// 2-2 Wait with name: a single 2-second wait named "custom_wait_name".
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  await context.wait("custom_wait_name", { seconds: 2 });
});
