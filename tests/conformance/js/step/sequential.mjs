// 1-3 Sequential steps where second depends on first: step two appends to step one's result.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const first = await context.step(async () => "first");
  return await context.step(async () => `${first}_second`);
});
