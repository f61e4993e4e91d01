// 10-3 Plugin attempt hooks under retry: a plugin logs attempt-start/attempt-end for a step that fails once, then succeeds on retry.
import {
  createRetryStrategy,
  JitterStrategy,
  OperationType,
  withDurableExecution,
} from "@aws/durable-execution-sdk-js";

const retryStrategy = createRetryStrategy({
  maxAttempts: 3,
  initialDelay: { seconds: 1 },
  backoffRate: 1,
  jitter: JitterStrategy.NONE,
});

class ConfPlugin {
  executionArn = null;

  emit(record) {
    const line = { plugin: "CONFPLUGIN", ...record, durableExecutionArn: this.executionArn };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }

  async onInvocationStart(info) {
    this.executionArn = info.executionArn;
  }

  async onOperationAttemptStart(info) {
    if (info.type === OperationType.STEP) {
      this.emit({ hook: "attempt-start", n: info.attempt, op: info.id });
    }
  }

  async onOperationAttemptEnd(info) {
    if (info.type === OperationType.STEP) {
      this.emit({ hook: "attempt-end", n: info.attempt, outcome: info.outcome, op: info.id });
    }
  }
}

export const handler = withDurableExecution(
  async (event, context) => {
    return await context.step(
      async (stepContext) => {
        if (stepContext.attempt === 1) throw new Error("first attempt fails");
        return "Operation succeeded";
      },
      { retryStrategy },
    );
  },
  { plugins: [new ConfPlugin()] },
);
