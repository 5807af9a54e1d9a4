import { tlsConnectOptions } from '@devportal/bank-access';
import type { SberTlsOptions } from '@devportal/sber-client';
import { Agent } from 'undici';
import type { BankAnswer } from './bank-answer.js';

/** One call to the bank, below its API base path. */
export interface BankCall {
  readonly method: string;
  /** Path and query below the API's base, e.g. `/v1/crypto`. */
  readonly pathAndQuery: string;
  readonly accessToken: string;
  readonly requestId: string;
  readonly body?: Uint8Array;
  readonly contentType?: string;
}

/** How long the bank may take to answer before the gateway gives up on it. */
const BANK_TIMEOUT_MS = 30_000;

/**
 * A contour of the bank's API (the sandbox, or the bank with its mutual TLS), reached over
 * undici's keep-alive connection pool with the dispatcher API: the cheapest HTTP client Node has.
 */
export class BankUpstream {
  /** The bank's origin, e.g. `https://fintech.sberbank.ru:9443`. */
  readonly origin: string;
  /** The API's base path at the bank, e.g. `/fintech/api`. */
  readonly basePath: string;
  private readonly agent: Agent;

  constructor(apiBaseUrl: string, tls?: SberTlsOptions) {
    const url = new URL(apiBaseUrl);
    this.origin = url.origin;
    this.basePath = url.pathname.replace(/\/+$/, '');
    this.agent = new Agent({
      headersTimeout: BANK_TIMEOUT_MS,
      bodyTimeout: BANK_TIMEOUT_MS,
      ...(tls && { connect: tlsConnectOptions(tls) }),
    });
  }

  /** Sends `call` with the organisation's token and hands back the bank's answer, body read. */
  async send(call: BankCall): Promise<BankAnswer> {
    const headers: Record<string, string> = {
      authorization: `Bearer ${call.accessToken}`,
      accept: 'application/json',
      'x-request-id': call.requestId,
    };
    if (call.contentType) headers['content-type'] = call.contentType;
    const response = await this.agent.request({
      origin: this.origin,
      path: `${this.basePath}${call.pathAndQuery}`,
      method: call.method as 'GET' | 'POST',
      headers,
      ...(call.body && { body: call.body }),
    });
    const body = new Uint8Array(await response.body.arrayBuffer());
    return {
      status: response.statusCode,
      contentType: single(response.headers['content-type']),
      retryAfter: single(response.headers['retry-after']),
      body,
    };
  }

  /** Closes the pooled connections. */
  close(): Promise<void> {
    return this.agent.close();
  }
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
