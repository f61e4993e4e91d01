// 1-8 Step and wait with replay: a step computes a value, then a 2s wait; the replay skips the completed step.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const result = await context.step(async () => "computed");
  await context.wait({ seconds: 2 });
  return result;
});
