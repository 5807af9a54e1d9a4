import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the scripted server received it. */
export interface ReceivedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

/**
 * What a request gets: an answer, or a cut connection. The body is sent as JSON, or as it is when
 * it is a string and the headers name another `content-type` (an HTML error page).
 */
export type Reply =
  | {
      readonly status: number;
      readonly body?: unknown;
      readonly headers?: Record<string, string>;
      readonly delayMs?: number;
    }
  | { readonly drop: true; readonly afterMs?: number };

/** Decides the reply to one request; `index` counts requests from 0. */
export type Script = (request: ReceivedRequest, index: number) => Reply | Promise<Reply>;

/**
 * A plain HTTP server on a loopback port whose answers a test scripts, for behaviours a real
 * server cannot be asked for (a cut connection, a slow answer, a chosen header); it records every
 * request. For tests of clients built on this transport.
 *
 * @example
 * ```ts
 * const server = await ScriptedServer.start();
 * server.replies({ status: 503, headers: { 'retry-after': '1' } }, { status: 200, body: { ok: true } });
 * // … call `${server.origin}/…` twice, then:
 * expect(server.requests).toHaveLength(2);
 * await server.close();
 * ```
 */
export class ScriptedServer {
  readonly requests: ReceivedRequest[] = [];
  #script: Script = () => ({ status: 404 });
  readonly #server = createServer();

  constructor() {
    this.#server.on('request', (request, response) => void this.#handle(request, response));
  }

  /** Starts a server on a free loopback port. */
  static start<T extends ScriptedServer>(this: new () => T): Promise<T> {
    return new this().listen();
  }

  /** Listens on a free loopback port; in a test file, `beforeAll(() => server.listen())`. */
  async listen(): Promise<this> {
    this.#server.listen(0, '127.0.0.1');
    await once(this.#server, 'listening');
    return this;
  }

  /** `http://127.0.0.1:<port>` */
  get origin(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  /** Sets how the following requests are answered, and forgets the recorded ones. */
  script(script: Script): void {
    this.#script = script;
    this.requests.length = 0;
  }

  /** Answers the requests in turn with the replies given; the last one repeats. */
  replies(...replies: Reply[]): void {
    this.script((_, index) => replies[Math.min(index, replies.length - 1)] ?? { status: 500 });
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    this.#server.close();
    await once(this.#server, 'close');
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const received = {
      method: request.method ?? '',
      url: request.url ?? '',
      headers: request.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    const index = this.requests.push(received) - 1;
    const reply = await this.#script(received, index);
    if ('drop' in reply) {
      setTimeout(() => request.socket.destroy(), reply.afterMs ?? 0);
      return;
    }
    setTimeout(() => {
      if (response.destroyed) return;
      const headers = { 'content-type': 'application/json', ...reply.headers };
      const asText = typeof reply.body === 'string' && !headers['content-type'].includes('json');
      const payload =
        reply.body === undefined ? '' : asText ? String(reply.body) : JSON.stringify(reply.body);
      response.writeHead(reply.status, headers);
      response.end(payload);
    }, reply.delayMs ?? 0);
  }
}
