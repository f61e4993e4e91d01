// 5-16 Invoke with custom result serdes: the result serdes uppercases the echo target's serialized result on deserialization.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const uppercaseSerdes = {
  serialize: async (value) => value,
  deserialize: async (data) => data?.toUpperCase(),
};

// The named form: with a string input, the two-argument form would read the input as the function id.
export const handler = withDurableExecution(async (event, context) => {
  return await context.invoke("echo", process.env.TARGET_FUNCTION_NAME, event, { resultSerdes: uppercaseSerdes });
});
