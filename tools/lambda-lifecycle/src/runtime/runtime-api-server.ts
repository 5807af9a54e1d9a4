import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An event handed to the runtime, with what Lambda sends beside it as headers. */
export interface RuntimeInvocation {
  readonly requestId: string;
  readonly deadlineMs: number;
  readonly invokedFunctionArn: string;
  readonly traceId: string;
  readonly event: unknown;
}

/** What the runtime posts back for an invocation. */
export interface RuntimeAnswer {
  readonly requestId: string;
  readonly kind: 'response' | 'error';
  readonly body: string;
}

/** What the environment decides when the runtime answers, before the runtime hears back. */
export interface RuntimeApiHooks {
  /** The runtime asked for its first event: module init is over. */
  onReady(): void;
  onInitError(body: string): void;
  /**
   * The runtime answered. Runs before the `202` is written, so the environment can freeze the
   * process first: not one instruction of the runtime runs between an answer and the freeze.
   */
  onAnswer(answer: RuntimeAnswer): Promise<void>;
}

const NEXT = '/2018-06-01/runtime/invocation/next';
const ANSWER = /^\/2018-06-01\/runtime\/invocation\/([^/]+)\/(response|error)$/;
const INIT_ERROR = '/2018-06-01/runtime/init/error';

/**
 * The Lambda Runtime API of one execution environment on a loopback port: `next` is held until
 * {@link RuntimeApiServer.deliver} gives it an event, as Lambda holds it while the environment idles.
 */
export class RuntimeApiServer {
  private waiting: ServerResponse | undefined;
  private pending: RuntimeInvocation | undefined;
  private readyReported = false;

  private constructor(
    private readonly server: Server,
    /** `host:port`, the value of `AWS_LAMBDA_RUNTIME_API`. */
    readonly address: string,
  ) {}

  static async start(hooks: RuntimeApiHooks): Promise<RuntimeApiServer> {
    let api: RuntimeApiServer | undefined;
    const server = createServer((request, response) => {
      void api?.serve(request, response, hooks);
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const { port } = server.address() as AddressInfo;
    api = new RuntimeApiServer(server, `127.0.0.1:${port}`);
    return api;
  }

  /** Hands `invocation` to the runtime: now if it is waiting on `next`, else when it asks. */
  deliver(invocation: RuntimeInvocation): void {
    this.pending = invocation;
    this.answerNext();
  }

  close(): Promise<void> {
    this.waiting?.destroy();
    this.server.closeAllConnections();
    return new Promise((closed) => this.server.close(() => closed()));
  }

  private async serve(request: IncomingMessage, response: ServerResponse, hooks: RuntimeApiHooks) {
    const path = request.url ?? '';
    if (request.method === 'GET' && path === NEXT) {
      this.waiting = response;
      if (!this.readyReported) {
        this.readyReported = true;
        hooks.onReady();
      }
      this.answerNext();
      return;
    }
    const body = await textOf(request);
    const answer = ANSWER.exec(path);
    if (request.method === 'POST' && answer) {
      await hooks.onAnswer({
        requestId: decodeURIComponent(answer[1] ?? ''),
        kind: answer[2] === 'error' ? 'error' : 'response',
        body,
      });
      accepted(response);
      return;
    }
    if (request.method === 'POST' && path === INIT_ERROR) {
      hooks.onInitError(body);
      accepted(response);
      return;
    }
    response.writeHead(404).end();
  }

  private answerNext(): void {
    const { waiting, pending } = this;
    if (!waiting || !pending) return;
    this.waiting = undefined;
    this.pending = undefined;
    waiting.writeHead(200, {
      'content-type': 'application/json',
      'lambda-runtime-aws-request-id': pending.requestId,
      'lambda-runtime-deadline-ms': String(pending.deadlineMs),
      'lambda-runtime-invoked-function-arn': pending.invokedFunctionArn,
      'lambda-runtime-trace-id': pending.traceId,
    });
    waiting.end(JSON.stringify(pending.event));
  }
}

function accepted(response: ServerResponse): void {
  response.writeHead(202, { 'content-type': 'application/json' }).end('{"status":"OK"}');
}

async function textOf(request: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text;
}
