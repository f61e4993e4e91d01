// A Lambda Runtime Interface Emulator-shaped HTTP server for the durable handlers in handlers.mjs.
//
//   PORT=0 AWS_ENDPOINT_URL_LAMBDA=http://127.0.0.1:N node server.mjs
//
// POST /<name>/2015-03-31/functions/function/invocations with the JSON event as body runs the
// handler <name> (step-basic, wait-basic, callback-basic) and answers 200 with its JSON result,
// or 200 with X-Amz-Function-Error: Unhandled and Lambda's error shape if it throws.
import { randomUUID } from "node:crypto";
import http from "node:http";

// The AWS SDK v3 warns once on Node < 22; the warning is noise for these tests.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
// Imported after the line above, since the handlers build their Lambda client when loaded.
const { handlers } = await import("./handlers.mjs");

const SUFFIX = "/2015-03-31/functions/function/invocations";
const TIMEOUT_MS = Number(process.env.LAMINA_FUNCTION_TIMEOUT_MS || 300_000);
const region = process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || "us-east-1";

function lambdaContext(name, headers) {
  const requestId = headers["lambda-runtime-aws-request-id"] || randomUUID();
  const deadline = Number(headers["lambda-runtime-deadline-ms"]) || Date.now() + TIMEOUT_MS;
  const arn =
    headers["lambda-runtime-invoked-function-arn"] ||
    `arn:aws:lambda:${region}:000000000000:function:${name}`;
  return {
    awsRequestId: requestId,
    functionName: name,
    functionVersion: "$LATEST",
    invokedFunctionArn: arn,
    memoryLimitInMB: "128",
    logGroupName: `/aws/lambda/${name}`,
    logStreamName: requestId,
    callbackWaitsForEmptyEventLoop: true,
    tenantId: headers["lambda-runtime-aws-tenant-id"],
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done() {},
    fail() {},
    succeed() {},
  };
}

function answer(response, status, value, headers = {}) {
  const body = Buffer.from(JSON.stringify(value === undefined ? null : value));
  response.writeHead(status, {
    "Content-Type": "application/json",
    "Content-Length": body.length,
    ...headers,
  });
  response.end(body);
}

const server = http.createServer((request, response) => {
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", async () => {
    const path = new URL(request.url, "http://localhost").pathname;
    const name = path.endsWith(SUFFIX) ? path.slice(1, -SUFFIX.length) : undefined;
    const handler = name !== undefined && Object.hasOwn(handlers, name) ? handlers[name] : undefined;
    if (request.method !== "POST" || handler === undefined) {
      answer(response, 404, { message: `no handler at ${request.method} ${request.url}` });
      return;
    }
    try {
      const text = Buffer.concat(chunks).toString("utf8");
      const event = text ? JSON.parse(text) : {};
      answer(response, 200, await handler(event, lambdaContext(name, request.headers)));
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      answer(
        response,
        200,
        {
          errorType: err.name || "Error",
          errorMessage: err.message,
          stackTrace: (err.stack || "").split("\n").slice(1).map((line) => line.trim()),
        },
        { "X-Amz-Function-Error": "Unhandled" },
      );
    }
  });
});

server.listen(Number(process.env.PORT || 0), "127.0.0.1", () => {
  console.log(`listening ${server.address().port}`);
});
