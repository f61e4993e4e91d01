// Lamina's runtime for Node.js functions: one process runs one invocation at a time, as a
// Lambda execution environment does.
//
// Lamina starts it with the function's environment (LAMBDA_TASK_ROOT, _HANDLER, AWS_* ...)
// and pipes: requests arrive on stdin, one JSON document per line; answers leave on the
// descriptor LAMINA_ANSWER_FD names, one per line; stdout and stderr are the function's logs,
// each marked at the end of an invocation. The first answer says whether the handler loaded.
//
// With LAMINA_DATA_PLANE=pipe, the durable SDK checkpoints over the same pipes: the event is
// handed to the handler in the shape the SDK documents for a harness that supplies its own
// transport (DurableExecutionInvocationInputWithClient), whose client sends each checkpoint
// and state read to Lamina as a "call" answer and reads Lamina's "reply" from stdin. Otherwise
// the SDK uses its Lambda client, which the environment points at Lamina's API.
import { existsSync, writeSync } from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { pathToFileURL } from "node:url";

const ANSWERS = Number(process.env.LAMINA_ANSWER_FD);
delete process.env.LAMINA_ANSWER_FD;
const END = "\0lamina-end\n";

function answer(value) {
  const line = JSON.stringify(value) + "\n";
  let written = 0;
  const bytes = Buffer.from(line, "utf8");
  while (written < bytes.length) {
    written += writeSync(ANSWERS, bytes, written);
  }
}

function errorOf(error, type) {
  const err = error instanceof Error ? error : new Error(String(error));
  return {
    errorType: type || err.name || "Error",
    errorMessage: err.message,
    stackTrace: (err.stack || "").split("\n").slice(1).map((line) => line.trim()),
  };
}

// "dir/file.a.b": the module dir/file (.js, .mjs or .cjs, as Lambda looks for them) and the
// export a.b of it.
function splitHandler(handler) {
  const match = /^([^.]*)\.(.*)$/.exec(path.basename(handler));
  if (!match) {
    return null;
  }
  return { module: path.join(path.dirname(handler), match[1]), exportPath: match[2] };
}

async function loadHandler(root, handler) {
  const parts = splitHandler(handler);
  if (!parts) {
    throw Object.assign(new Error(`Bad handler ${handler}: expected file.export`), {
      lambdaType: "Runtime.MalformedHandlerName",
    });
  }
  const base = path.resolve(root, parts.module);
  const file = [".js", ".mjs", ".cjs"].map((ext) => base + ext).find((f) => existsSync(f));
  if (!file) {
    throw Object.assign(new Error(`Cannot find module '${parts.module}'`), {
      lambdaType: "Runtime.ImportModuleError",
    });
  }
  let loaded;
  try {
    loaded = await import(pathToFileURL(file).href);
  } catch (error) {
    const type = error instanceof SyntaxError ? "Runtime.UserCodeSyntaxError" : "Runtime.ImportModuleError";
    throw Object.assign(error instanceof Error ? error : new Error(String(error)), { lambdaType: type });
  }
  let found = loaded;
  for (const name of parts.exportPath.split(".")) {
    found = found?.[name] ?? (found === loaded ? loaded.default?.[name] : undefined);
  }
  if (typeof found !== "function") {
    throw Object.assign(new Error(`${handler} is undefined or not exported`), {
      lambdaType: "Runtime.HandlerNotFound",
    });
  }
  return found;
}

// Lamina's replies to this process's calls, by call id; the other lines are requests.
const pending = new Map();
const requests = [];
let wake = null;
let nextCall = 0;

function call(name, body) {
  const id = ++nextCall;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    answer({ type: "call", id, call: name, ...body });
  });
}

// An error as the SDK reads a transport's own classification: INVOCATION when a new
// invocation can go on (a lost lease, a service fault), EXECUTION when it never can.
function clientError(reply) {
  const error = new Error(`${reply.code}: ${reply.message}`);
  error.name = reply.code;
  error.isDurableExecutionClientError = true;
  error.scope = reply.retryable || reply.status >= 500 ? "INVOCATION" : "EXECUTION";
  return error;
}

const pipeClient = {
  async checkpoint(params) {
    const reply = await call("checkpoint", {
      arn: params.DurableExecutionArn,
      token: params.CheckpointToken,
      updates: params.Updates ?? [],
      clientToken: params.ClientToken ?? null,
    });
    if (!reply.ok) throw clientError(reply);
    return reply.value;
  },
  async getExecutionState(params) {
    const reply = await call("state", {
      arn: params.DurableExecutionArn,
      token: params.CheckpointToken,
      marker: params.Marker ?? "",
      maxItems: params.MaxItems ?? 0,
    });
    if (!reply.ok) throw clientError(reply);
    return reply.value;
  },
};

// The SDK recognizes this shape by its name and tag, whichever copy of the SDK (a bundle
// holds its own) the handler uses.
class DurableExecutionInvocationInputWithClient {
  constructor(event, durableExecutionClient) {
    this.durableExecutionClient = durableExecutionClient;
    this.InitialExecutionState = event.InitialExecutionState;
    this.DurableExecutionArn = event.DurableExecutionArn;
    this.CheckpointToken = event.CheckpointToken;
  }

  get [Symbol.toStringTag]() {
    return "DurableExecutionInvocationInputWithClient";
  }
}

const PIPE = process.env.LAMINA_DATA_PLANE === "pipe";
delete process.env.LAMINA_DATA_PLANE;

function eventFor(request) {
  const event = request.event;
  if (PIPE && request.durable && event && typeof event === "object") {
    return new DurableExecutionInvocationInputWithClient(event, pipeClient);
  }
  return event;
}

function lambdaContext(request) {
  const deadline = request.deadlineMs;
  return {
    awsRequestId: request.requestId,
    functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
    functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION,
    invokedFunctionArn: request.invokedFunctionArn,
    memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME,
    logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME,
    tenantId: request.tenantId ?? undefined,
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done() {},
    fail() {},
    succeed() {},
  };
}

// A handler is async (its promise) or takes a callback as its third argument.
function run(handler, event, context) {
  return new Promise((resolve, reject) => {
    const callback = (error, value) => (error ? reject(error) : resolve(value));
    let returned;
    try {
      returned = handler(event, context, callback);
    } catch (error) {
      reject(error);
      return;
    }
    if (returned && typeof returned.then === "function") {
      returned.then(resolve, reject);
    } else if (handler.length < 3) {
      resolve(returned);
    }
  });
}

// A request's logs must reach Lamina before its answer does.
function flushed(stream) {
  return new Promise((resolve) => (stream.write("", () => resolve())));
}

async function main() {
  let handler;
  try {
    handler = await loadHandler(process.env.LAMBDA_TASK_ROOT || process.cwd(), process.env._HANDLER || "");
  } catch (error) {
    answer({ type: "init-error", ...errorOf(error, error?.lambdaType) });
    process.exit(1);
  }
  answer({ type: "ready" });
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line) return;
    const message = JSON.parse(line);
    if (message.type === "reply") {
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      waiting?.resolve(message);
      return;
    }
    requests.push(message);
    wake?.();
  });
  lines.on("close", () => process.exit(0));
  for (;;) {
    if (requests.length === 0) {
      await new Promise((resolve) => (wake = resolve));
      wake = null;
      continue;
    }
    const request = requests.shift();
    let outcome;
    try {
      const value = await run(handler, eventFor(request), lambdaContext(request));
      outcome = { type: "result", value: value === undefined ? null : value };
    } catch (error) {
      outcome = { type: "error", ...errorOf(error) };
    }
    process.stdout.write(END);
    process.stderr.write(END);
    await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
    answer(outcome);
  }
}

process.on("unhandledRejection", (reason) => {
  console.error("Unhandled promise rejection:", reason);
  process.exit(128);
});

await main();
