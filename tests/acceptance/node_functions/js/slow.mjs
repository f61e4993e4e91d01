// A step that outlives the function's Timeout the first time it runs.
import { existsSync, writeFileSync } from "node:fs";
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  return await context.step("work", async () => {
    const marker = `${process.env.MARKER_DIR}/slow-${event.key}`;
    if (!existsSync(marker)) {
      writeFileSync(marker, "");
      await new Promise((resolve) => setTimeout(resolve, 30_000));
    }
    return "finished";
  });
});
