// 4-15 Callback with custom serdes (object): a deserializer parses the JSON payload and turns its timestamp into a Date; the handler returns it as epoch seconds.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";

const receivedSerdes = {
  deserialize: async (data) => {
    const raw = JSON.parse(data);
    return { id: raw.id, message: raw.message, timestamp: new Date(raw.timestamp) };
  },
};

export const handler = withDurableExecution(async (event, context) => {
  const [callback] = await context.createCallback(event, { serdes: receivedSerdes });
  const received = await callback;
  return {
    received: {
      id: received.id,
      message: received.message,
      timestamp: Math.floor(received.timestamp.getTime() / 1000),
    },
  };
});
