// 5-14 Multiple sequential invokes: invokes target 1 with "first", then target 2 with "second", and returns both results.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

// The named form: with a string input, the two-argument form would read the input as the function id.
export const handler = withDurableExecution(async (event, context) => {
  const first = await context.invoke("first", process.env.TARGET_FUNCTION_NAME_1, "first");
  const second = await context.invoke("second", process.env.TARGET_FUNCTION_NAME_2, "second");
  return [first, second];
});
