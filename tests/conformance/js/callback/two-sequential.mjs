// 4-17 Two callbacks sequential: creates and awaits callback A, then creates and awaits callback B; returns both results.
import { defaultSerdes, withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async ([nameA, nameB], context) => {
  const [callbackA] = await context.createCallback(nameA, { serdes: defaultSerdes });
  const resultA = await callbackA;
  const [callbackB] = await context.createCallback(nameB, { serdes: defaultSerdes });
  const resultB = await callbackB;
  return [resultA, resultB];
});
