// The runtime of one execution environment, run as `node bootstrap.mjs <bundle>` in a process of
// its own: what Lambda's Node.js runtime does, reduced to what the apps can observe. It imports the
// bundle (module init: the cold start), then loops over the Runtime API at AWS_LAMBDA_RUNTIME_API:
// `next` → handler(event, context) → `response` or `error`. Plain JavaScript so the child runs it
// as is, with nothing of the harness loaded beside the bundle.
import { request } from 'node:http';
import { pathToFileURL } from 'node:url';

const RUNTIME = `/2018-06-01/runtime`;
const [host, port] = String(process.env.AWS_LAMBDA_RUNTIME_API).split(':');

/** One call to the Runtime API; resolves with the status, headers and body text. */
function runtimeApi(method, path, body) {
  return new Promise((resolve, reject) => {
    const call = request(
      { host, port: Number(port), method, path: `${RUNTIME}${path}`, agent: false },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => {
          text += chunk;
        });
        response.on('end', () =>
          resolve({ status: response.statusCode, headers: response.headers, body: text }),
        );
      },
    );
    call.on('error', reject);
    call.end(body);
  });
}

/** Lambda's error document: type and message, never the stack's arguments. */
function errorDocument(error) {
  return JSON.stringify({
    errorType: error instanceof Error ? error.name : 'Error',
    errorMessage: error instanceof Error ? error.message : String(error),
  });
}

/** A Lambda `context` for one invocation, its remaining time counting down to the deadline. */
function contextOf(headers) {
  const deadlineMs = Number(headers['lambda-runtime-deadline-ms']);
  const functionName = String(process.env.AWS_LAMBDA_FUNCTION_NAME);
  return {
    awsRequestId: String(headers['lambda-runtime-aws-request-id']),
    invokedFunctionArn: String(headers['lambda-runtime-invoked-function-arn']),
    functionName,
    functionVersion: String(process.env.AWS_LAMBDA_FUNCTION_VERSION),
    memoryLimitInMB: String(process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE),
    logGroupName: String(process.env.AWS_LAMBDA_LOG_GROUP_NAME),
    logStreamName: String(process.env.AWS_LAMBDA_LOG_STREAM_NAME),
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadlineMs - Date.now()),
  };
}

/** Calls the handler, async or callback style, as the Node.js runtime does. */
function invoke(handler, event, context) {
  if (handler.length < 3) return Promise.resolve().then(() => handler(event, context));
  return new Promise((resolve, reject) => {
    handler(event, context, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

let handler;
try {
  const bundle = await import(pathToFileURL(String(process.argv[2])).href);
  handler = bundle.handler;
  if (typeof handler !== 'function') throw new Error('The bundle exports no `handler` function');
} catch (error) {
  await runtimeApi('POST', '/init/error', errorDocument(error));
  process.exit(1);
}

for (;;) {
  const next = await runtimeApi('GET', '/invocation/next');
  const context = contextOf(next.headers);
  process.env._X_AMZN_TRACE_ID = String(next.headers['lambda-runtime-trace-id']);
  let outcome;
  try {
    const result = await invoke(handler, JSON.parse(next.body), context);
    outcome = { path: 'response', body: JSON.stringify(result ?? null) };
  } catch (error) {
    outcome = { path: 'error', body: errorDocument(error) };
  }
  // Lambda's own log line closing an invocation; stdout is a pipe, written synchronously on
  // Linux, so everything the invocation printed precedes it.
  process.stdout.write(`END RequestId: ${context.awsRequestId}\n`);
  await runtimeApi('POST', `/invocation/${context.awsRequestId}/${outcome.path}`, outcome.body);
}
