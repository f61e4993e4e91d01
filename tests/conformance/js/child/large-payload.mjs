// 3-11 Child context large payload: the child logs the input (replay logging on), runs a small step, and builds a >256 KB result (ReplayChildren); a 1 s wait follows.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const LARGE_RESULT_ITEMS = 40_000;

export const handler = withDurableExecution(async (event, context) => {
  const large = await context.runInChildContext("build-large-result", async (child) => {
    child.configureLogger({ modeAware: false });
    child.logger.info(`Building large result for: ${event}`);
    const small = await child.step("echo", async () => event);
    return new Array(LARGE_RESULT_ITEMS).fill(small);
  });
  await context.wait({ seconds: 1 });
  return large.length;
});
