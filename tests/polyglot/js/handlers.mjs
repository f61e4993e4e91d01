// Durable handlers for Lamina's polyglot tests, written with AWS's JavaScript durable SDK.
// Each one follows the prose of a conformance requirement in shared/conformance/requirements.
import {
  DurableExecutionApiClient,
  defaultSerdes,
  withDurableExecution,
} from "@aws/durable-execution-sdk-js";
import { LambdaClient } from "@aws-sdk/client-lambda";

// The SDK checkpoints through the AWS SDK v3 Lambda client. That client already honours
// AWS_ENDPOINT_URL_LAMBDA, AWS_REGION and the AWS_* credentials; the endpoint and region are
// passed explicitly anyway so the configuration does not depend on that resolution.
const region = process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || "us-east-1";
const endpoint = process.env.AWS_ENDPOINT_URL_LAMBDA || process.env.AWS_ENDPOINT_URL;
const lambda = new LambdaClient({ region, ...(endpoint ? { endpoint } : {}) });
const config = { durableExecutionClient: new DurableExecutionApiClient(lambda) };

// 1-1 Step basic: one step that greets the input; it succeeds on the first attempt.
export const stepBasic = withDurableExecution(async (event, context) => {
  return await context.step("greet", async () => `Hello, ${event}!`);
}, config);

// 2-1 Wait basic: a single 2-second wait; the execution suspends and succeeds on replay.
export const waitBasic = withDurableExecution(async (event, context) => {
  await context.wait({ seconds: 2 });
}, config);

// 4-1 Create callback basic: a callback named by the input; returns its deserialized result.
// The SDK's callback default is a raw-string passthrough, so JSON is asked for explicitly.
export const callbackBasic = withDurableExecution(async (event, context) => {
  const [result] = await context.createCallback(event, { serdes: defaultSerdes });
  return await result;
}, config);

export const handlers = {
  "step-basic": stepBasic,
  "wait-basic": waitBasic,
  "callback-basic": callbackBasic,
};
