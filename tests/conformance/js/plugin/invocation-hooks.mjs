// 10-1 Plugin invocation lifecycle hooks: a plugin logs invocation-start (first flag) and invocation-end (status) around a greeting step.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

class ConfPlugin {
  executionArn = null;

  emit(record) {
    const line = { plugin: "CONFPLUGIN", ...record, durableExecutionArn: this.executionArn };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }

  async onInvocationStart(info) {
    this.executionArn = info.executionArn;
    this.emit({ hook: "invocation-start", first: info.isFirstInvocation });
  }

  async onInvocationEnd(info) {
    this.emit({ hook: "invocation-end", status: info.status });
  }
}

export const handler = withDurableExecution(
  async (event, context) => {
    return await context.step(async (stepContext) => {
      stepContext.logger.info(`Greeting step running for: ${event}`);
      return `Hello, ${event}!`;
    });
  },
  { plugins: [new ConfPlugin()] },
);
