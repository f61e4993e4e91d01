// 1-4 Returning complex object: a step builds a nested object {user: {name, tags}, count} from the input.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  return await context.step(async () => ({
    user: { name: event.name, tags: [...event.tags] },
    count: event.tags.length,
  }));
});
