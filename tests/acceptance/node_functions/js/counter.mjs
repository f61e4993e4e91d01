// A step that logs and adds one, then a one-second wait.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const n = await context.step("add", async () => {
    console.log(`adding one to ${event.n}`);
    console.error(`(stderr) runtime ${process.env.AWS_EXECUTION_ENV}`);
    return event.n + 1;
  });
  await context.wait({ seconds: 1 });
  return { n, requestId: context.lambdaContext?.awsRequestId ?? null };
});
