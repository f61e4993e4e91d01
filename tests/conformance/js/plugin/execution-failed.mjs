// 10-7 Plugin sees terminal failure: a no-retry step always throws; the plugin's invocation-end reports FAILED.
import { retryPresets, withDurableExecution } from "@aws/durable-execution-sdk-js";

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
    return await context.step(
      async () => {
        throw new Error("step always fails");
      },
      { retryStrategy: retryPresets.noRetry },
    );
  },
  { plugins: [new ConfPlugin()] },
);
