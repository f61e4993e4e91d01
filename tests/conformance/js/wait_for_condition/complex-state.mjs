// 6-9 Wait-for-condition complex state: threads {status, attempts} across polls until status is DONE after 2 attempts.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  return await context.waitForCondition(
    async ({ attempts }) => ({ status: attempts + 1 >= 2 ? "DONE" : "PENDING", attempts: attempts + 1 }),
    {
      initialState: { status: "PENDING", attempts: 0 },
      waitStrategy: (state) =>
        state.status === "PENDING"
          ? { shouldContinue: true, delay: { seconds: 1 } }
          : { shouldContinue: false },
    },
  );
});
