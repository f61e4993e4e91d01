// The shapes on AWS's own local runner for JavaScript (LocalDurableTestRunner, in this
// process, its in-memory checkpoint server). Prints one JSON line per case.
//
//   node aws_runner.mjs <reps> <n> <inflight>
import { LocalDurableTestRunner } from "@aws/durable-execution-sdk-js-testing";
import { steps100, steps4 } from "./shapes.mjs";

const [reps, n, inflight] = process.argv.slice(2).map(Number);

async function runOnce(handler) {
  const runner = new LocalDurableTestRunner({ handlerFunction: handler });
  const result = await runner.run({ payload: {} });
  if (result.getStatus() !== "SUCCEEDED") {
    throw new Error(`execution ended ${result.getStatus()}`);
  }
}

async function measure(label, handler, count, atOnce) {
  await runOnce(handler); // warm-up
  const rates = [];
  for (let r = 0; r < reps; r++) {
    const started = performance.now();
    for (let done = 0; done < count; done += atOnce) {
      await Promise.all(Array.from({ length: atOnce }, () => runOnce(handler)));
    }
    rates.push((count / (performance.now() - started)) * 1000);
  }
  console.log(JSON.stringify({ case: label, rates }));
}

await LocalDurableTestRunner.setupTestEnvironment({ skipTime: process.env.SKIP_TIME === "1" });
await measure("steps4", steps4, n, 1);
await measure("steps100", steps100, Math.max(2, Math.floor(n / 10)), 1);
await measure(`steps4 ${inflight} in flight`, steps4, n, inflight);
await LocalDurableTestRunner.teardownTestEnvironment();
