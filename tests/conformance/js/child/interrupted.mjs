// 3-12 Child context interrupted: the child's step crashes the process on its first attempt (counted in DynamoDB) after StepStarted is checkpointed; the re-run returns the input.
import { withDurableExecution } from "@aws/durable-execution-sdk-js";
import { DynamoDBClient, UpdateItemCommand } from "@aws-sdk/client-dynamodb";

const CHECKPOINT_FLUSH_MS = 3000;
const dynamodb = new DynamoDBClient({});

async function recordAttempt(key) {
  const response = await dynamodb.send(
    new UpdateItemCommand({
      TableName: process.env.ATTEMPTS_TABLE_NAME,
      Key: { id: { S: key } },
      UpdateExpression: "ADD attempts :one",
      ExpressionAttributeValues: { ":one": { N: "1" } },
      ReturnValues: "UPDATED_NEW",
    }),
  );
  return Number(response.Attributes.attempts.N);
}

export const handler = withDurableExecution(async (event, context) => {
  const attemptsKey = context.executionContext.durableExecutionArn;
  return await context.runInChildContext(async (child) => {
    return await child.step(async () => {
      if ((await recordAttempt(attemptsKey)) === 1) {
        await new Promise((resolve) => setTimeout(resolve, CHECKPOINT_FLUSH_MS));
        process.exit(1);
      }
      return event;
    });
  });
});
