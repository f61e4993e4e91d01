// 5-7 Invoke large payload: invokes the echo target with a 200,000-character payload and returns the echoed size.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const PAYLOAD_SIZE = 200_000;

export const handler = withDurableExecution(async (event, context) => {
  const result = await context.invoke(process.env.TARGET_FUNCTION_NAME, { data: "x".repeat(PAYLOAD_SIZE) });
  return { size: result.data.length };
});
