// 4-16 Callback with custom serdes (number): a deserializer turns the payload into a number; the handler returns it and its double.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const numberSerdes = { deserialize: async (data) => Number(data) };

export const handler = withDurableExecution(async (event, context) => {
  const [callback] = await context.createCallback(event, { serdes: numberSerdes });
  const count = await callback;
  return { count, doubled: count * 2 };
});
