// Waits for a person's answer through a callback, then calls the Python function with it.
import { defaultSerdes, withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async (event, context) => {
  const answer = await context.waitForCallback(
    "approval",
    async (callbackId) => console.log(`waiting on ${callbackId}`),
    { serdes: defaultSerdes },
  );
  const shouted = await context.invoke("shout", process.env.SHOUT_FUNCTION, { text: answer.text });
  return { answer, shouted };
});
