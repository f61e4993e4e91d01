// Two steps; the process running the second exits in the middle of it the first time.
// Every run of a step body is counted in a file, so a test sees what ran again. What it
// prints just before exiting must still reach the execution's log.
import { appendFileSync, readFileSync } from "node:fs";
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const runs = (name) => {
  const file = `${process.env.MARKER_DIR}/${name}.runs`;
  appendFileSync(file, "x");
  return readFileSync(file, "utf8").length;
};

export const handler = withDurableExecution(async (event, context) => {
  const before = await context.step("before", async () => runs("before"));
  const charge = await context.step("charge", async () => {
    if (runs("charge") === 1) {
      for (let line = 1; line <= 20000; line++) console.log(`last words ${line}`);
      process.exit(3);
    }
    return "charged";
  });
  return { before, charge };
});
