// 5-8 Invoke with tenantId: invokes the tenant-isolated echo target with event.payload under tenant event.tenantId.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

// The named form: with a string input, the two-argument form would read the input as the function id.
export const handler = withDurableExecution(async (event, context) => {
  return await context.invoke("echo", process.env.TARGET_FUNCTION_NAME, event.payload, { tenantId: event.tenantId });
});
