import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the loopback server received it. */
export interface ReceivedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

/** What the next request should get: a JSON answer, or a connection cut without one. */
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
 * A plain HTTP server on a loopback port whose answers a test scripts, for behaviours the bank
 * sandbox cannot be asked for (a cut mid-response, a chosen header); it records every request.
 */
export class LoopbackBank {
  readonly requests: ReceivedRequest[] = [];
  #script: Script = () => ({ status: 404, body: { cause: 'NOT_FOUND' } });
  readonly #server: Server;

  private constructor(server: Server) {
    this.#server = server;
  }

  static async start(): Promise<LoopbackBank> {
    const server = createServer();
    const bank = new LoopbackBank(server);
    server.on('request', (request, response) => void bank.#handle(request, response));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return bank;
  }

  /** the base URL of the API, shaped like the bank's */
  get apiBaseUrl(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}/fintech/api`;
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
      const payload = reply.body === undefined ? '' : JSON.stringify(reply.body);
      response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      response.end(payload);
    }, reply.delayMs ?? 0);
  }
}
