// Lamina's runtime for Node.js functions: one process runs one invocation at a time, as a
// Lambda execution environment does.
//
// Lamina starts it with the function's environment (LAMBDA_TASK_ROOT, _HANDLER, AWS_* ...)
// and pipes: requests arrive on stdin, one JSON document per line; answers leave on the
// descriptor LAMINA_ANSWER_FD names, one per line; stdout and stderr are the function's logs,
// each marked at the end of an invocation. The first answer says whether the handler loaded. The durable SDK in the function's own node_modules
// checkpoints through its Lambda client, which the environment points at Lamina's API.
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
function call(handler, event, context) {
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
  for await (const line of lines) {
    if (!line) {
      continue;
    }
    const request = JSON.parse(line);
    let outcome;
    try {
      const value = await call(handler, request.event, lambdaContext(request));
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
