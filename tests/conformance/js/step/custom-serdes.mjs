// 1-6 Custom serdes (per-step): a step returns its input; its serdes upper-cases every string when serializing.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const uppercase = (value) => {
  if (typeof value === "string") return value.toUpperCase();
  if (Array.isArray(value)) return value.map(uppercase);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, uppercase(v)]));
  }
  return value;
};

const uppercaseSerdes = {
  serialize: async (value) => (value === undefined ? undefined : JSON.stringify(uppercase(value))),
  deserialize: async (data) => (data === undefined ? undefined : JSON.parse(data)),
};

export const handler = withDurableExecution(async (event, context) => {
  return await context.step(async () => event, { serdes: uppercaseSerdes });
});
