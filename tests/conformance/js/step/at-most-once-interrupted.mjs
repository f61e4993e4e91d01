// 1-17 Step with AtMostOncePerRetry semantics (interrupted, no retry): the step logs its input then crashes the process; no retry.
import { retryPresets, StepSemantics, withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  return await context.step(
    "at_most_once_flaky_step",
    async (stepContext) => {
      stepContext.logger.info(`At-most-once step running with input: ${event}`);
      process.exit(1);
    },
    { semantics: StepSemantics.AtMostOncePerRetry, retryStrategy: retryPresets.noRetry },
  );
});
