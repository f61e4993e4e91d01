// 10-5 Multiple plugins: two plugins (A, B) both log invocation-start and invocation-end around a greeting step.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

class NamedPlugin {
  executionArn = null;

  constructor(name) {
    this.name = name;
  }

  emit(record) {
    const line = { plugin: this.name, ...record, durableExecutionArn: this.executionArn };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }

  async onInvocationStart(info) {
    this.executionArn = info.executionArn;
    this.emit({ hook: "invocation-start" });
  }

  async onInvocationEnd(info) {
    this.emit({ hook: "invocation-end", status: info.status });
  }
}

export const handler = withDurableExecution(
  async (event, context) => {
    return await context.step(async () => `Hello, ${event}!`);
  },
  { plugins: [new NamedPlugin("CONFPLUGIN-A"), new NamedPlugin("CONFPLUGIN-B")] },
);
