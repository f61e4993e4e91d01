// 10-6 Plugin first-invocation flag across replay: a plugin logs invocation-start (first flag) and invocation-end around a 2s wait.
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
    await context.wait({ seconds: 2 });
  },
  { plugins: [new ConfPlugin()] },
);
