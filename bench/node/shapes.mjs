// The benchmark shapes of bench/handlers/shapes.py, in JavaScript: 4 and 100 trivial steps.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const payload = (i) => ({ step: i, ok: true, value: "x".repeat(16) });

const steps = (count) =>
  withDurableExecution(async (event, context) => {
    let out = null;
    for (let i = 0; i < count; i++) {
      out = await context.step(`s${i}`, async () => payload(i));
    }
    return out;
  });

export const steps4 = steps(4);
export const steps100 = steps(100);
