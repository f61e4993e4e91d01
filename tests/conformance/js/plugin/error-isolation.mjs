// 10-4 Plugin error isolation: every hook of a faulty plugin logs a line and throws; the greeting step still succeeds.
import { OperationType, withDurableExecution } from "@aws/durable-execution-sdk-js";

class FaultyPlugin {
  executionArn = null;

  fail(hook) {
    const line = { plugin: "CONFPLUGIN-FAULTY", hook, durableExecutionArn: this.executionArn };
    process.stdout.write(`${JSON.stringify(line)}\n`);
    throw new Error(`${hook} hook failed`);
  }

  async onInvocationStart(info) {
    this.executionArn = info.executionArn;
    this.fail("invocation-start");
  }

  async onInvocationEnd() {
    this.fail("invocation-end");
  }

  async onOperationStart(info) {
    if (info.type === OperationType.STEP) this.fail("operation-start");
  }

  async onOperationEnd(info) {
    if (info.type === OperationType.STEP) this.fail("operation-end");
  }

  async onOperationAttemptStart(info) {
    if (info.type === OperationType.STEP) this.fail("attempt-start");
  }

  async onOperationAttemptEnd(info) {
    if (info.type === OperationType.STEP) this.fail("attempt-end");
  }
}

export const handler = withDurableExecution(
  async (event, context) => {
    return await context.step(async () => `Hello, ${event}!`);
  },
  { plugins: [new FaultyPlugin()] },
);
