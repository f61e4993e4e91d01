// 4-18 Two callbacks wait in order: creates callbacks A and B, awaits A then B; returns both results.
import { defaultSerdes, withDurableExecution } from "@aws/durable-execution-sdk-js";

export const handler = withDurableExecution(async ([nameA, nameB], context) => {
  const [callbackA] = await context.createCallback(nameA, { serdes: defaultSerdes });
  const [callbackB] = await context.createCallback(nameB, { serdes: defaultSerdes });
  const resultA = await callbackA;
  const resultB = await callbackB;
  return [resultA, resultB];
});
