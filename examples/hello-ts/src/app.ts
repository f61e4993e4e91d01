import { withDurableExecution, type DurableContext } from "@aws/durable-execution-sdk-js";

interface Order {
  name?: string;
  items?: number[];
}

interface Receipt {
  greeting: string;
  total: number;
}

// Each step's result is checkpointed once; the wait suspends the execution and costs nothing.
export const handler = withDurableExecution(
  async (order: Order, context: DurableContext): Promise<Receipt> => {
    const greeting = await context.step("greet", async () => `Hello, ${order.name ?? "world"}!`);
    const total = await context.step("total", async () =>
      (order.items ?? []).reduce((sum, price) => sum + price, 0),
    );
    await context.wait({ seconds: 1 });
    return { greeting, total };
  },
);
