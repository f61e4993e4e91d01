// 3-14 Child context with custom serdes: the child's step returns the input and the child's serdes uppercases the result on serialization.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const uppercaseSerdes = {
  serialize: async (value) => value?.toUpperCase(),
  deserialize: async (data) => data,
};

export const handler = withDurableExecution(async (event, context) => {
  return await context.runInChildContext(
    "child-body",
    async (child) => await child.step("echo", async () => event),
    { serdes: uppercaseSerdes },
  );
});
