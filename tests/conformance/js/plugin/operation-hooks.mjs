// 10-2 Plugin operation lifecycle hooks: a plugin logs operation-start and operation-end (with id and status) for step operations.
import { OperationType, withDurableExecution } from "@aws/durable-execution-sdk-js";

class ConfPlugin {
  executionArn = null;

  emit(record) {
    const line = { plugin: "CONFPLUGIN", ...record, durableExecutionArn: this.executionArn };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }

  async onInvocationStart(info) {
    this.executionArn = info.executionArn;
  }

  async onOperationStart(info) {
    if (info.type === OperationType.STEP) this.emit({ hook: "operation-start", op: info.id });
  }

  async onOperationEnd(info) {
    if (info.type === OperationType.STEP) {
      this.emit({ hook: "operation-end", op: info.id, status: info.status });
    }
  }
}

export const handler = withDurableExecution(
  async (event, context) => {
    return await context.step(async () => `Hello, ${event}!`);
  },
  { plugins: [new ConfPlugin()] },
);
