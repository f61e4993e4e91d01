// 3-17 Child context with durable logger only: the child logs the input (replay logging on) and returns it; a 1 s wait follows and replay must not re-run the child.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const result = await context.runInChildContext("child-body", async (child) => {
    child.configureLogger({ modeAware: false });
    child.logger.info(`Child context running for: ${event}`);
    return event;
  });
  await context.wait({ seconds: 1 });
  return result;
});
