// 5-15 Invoke with custom payload serdes: the payload serdes uppercases the event's string fields before the echo target receives them.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const uppercaseSerdes = {
  serialize: async (value) =>
    JSON.stringify(
      Object.fromEntries(
        Object.entries(value).map(([key, v]) => [key, typeof v === "string" ? v.toUpperCase() : v]),
      ),
    ),
  deserialize: async (data) => (data === undefined ? undefined : JSON.parse(data)),
};

export const handler = withDurableExecution(async (event, context) => {
  return await context.invoke(process.env.TARGET_FUNCTION_NAME, event, { payloadSerdes: uppercaseSerdes });
});
