// 1-7 Step with context logger: the greeting step logs its start and completion through the step context logger.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  return await context.step(async (stepContext) => {
    stepContext.logger.info(`Greeting step started for: ${event}`);
    const greeting = `Hello, ${event}!`;
    stepContext.logger.info(`Greeting step completed with: ${greeting}`);
    return greeting;
  });
});
