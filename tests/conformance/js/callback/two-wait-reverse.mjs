// 4-19 Two callbacks wait in reverse: creates callbacks A and B, awaits B then A; returns both results.
import { defaultSerdes, withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async ([nameA, nameB], context) => {
  const [callbackA] = await context.createCallback(nameA, { serdes: defaultSerdes });
  const [callbackB] = await context.createCallback(nameB, { serdes: defaultSerdes });
  const resultB = await callbackB;
  const resultA = await callbackA;
  return [resultA, resultB];
});
