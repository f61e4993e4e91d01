// 6-11 Wait-for-condition custom serdes: a string state checkpointed as {"state": ...} grows by "x" until it is "xx".
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const envelopeSerdes = {
  serialize: async (value) => (value === undefined ? undefined : JSON.stringify({ state: value })),
  deserialize: async (data) => (data === undefined ? undefined : JSON.parse(data).state),
};

export const handler = withDurableExecution(async (event, context) => {
  return await context.waitForCondition(async (state) => state + "x", {
    initialState: "",
    serdes: envelopeSerdes,
    waitStrategy: (state) =>
      state.length >= 2 ? { shouldContinue: false } : { shouldContinue: true, delay: { seconds: 1 } },
  });
});
