import type { Agent } from 'node:http';
import { type BankTimeouts, DEFAULT_BANK_TIMEOUTS } from '@devportal/bank-access';
import { withDeadline } from '@devportal/http-transport';
import {
  agentRequest,
  keepAliveAgent,
  tlsConnectOptions,
} from '@devportal/http-transport/node-agent';
import type { SberTlsOptions } from '@devportal/sber-client';
import type { BankAnswer } from './bank-answer.js';
import { bankUnavailable } from './bank-refusal.js';
import {
  CircuitBreaker,
  type CircuitBreakerSettings,
  DEFAULT_CIRCUIT_BREAKER,
} from './circuit-breaker.js';

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

/** How a contour's calls are bounded: in time, and by its circuit breaker. */
export interface BankUpstreamLimits {
  /** Connect and total timeouts of one call (default 3 s and 10 s). */
  readonly timeouts?: BankTimeouts;
  readonly breaker?: CircuitBreakerSettings;
  /** The clock the breaker's cool-down runs on, epoch milliseconds. */
  readonly now?: () => number;
  /** Told when the breaker opens, with the contour's API base URL (e.g. to log it). */
  readonly onBreakerOpened?: (apiBaseUrl: string) => void;
}

/**
 * A contour of the bank's API (the sandbox, or the bank with its mutual TLS), reached over a
 * keep-alive `node:http(s)` agent: Node's own client, which the function's bundle does not carry.
 * Each call ends within the total timeout (connecting within the connect timeout), so a hanging
 * bank is answered before the function's own timeout; a thrown error is a dropped connection or
 * a timeout.
 *
 * The contour's circuit breaker lives here, one per contour and process (a Lambda execution
 * environment). Keeping it in memory is safe: it only sheds load from a bank that is failing, and
 * a breaker lost with its environment merely lets the next calls find that out again.
 */
export class BankUpstream {
  /** The bank's origin, e.g. `https://fintech.sberbank.ru:9443`. */
  readonly origin: string;
  /** The API's base path at the bank, e.g. `/fintech/api`. */
  readonly basePath: string;
  private readonly agent: Agent;
  private readonly connectMs: number;
  private readonly totalMs: number;
  private readonly breaker: CircuitBreaker;

  constructor(apiBaseUrl: string, tls?: SberTlsOptions, limits: BankUpstreamLimits = {}) {
    const url = new URL(apiBaseUrl);
    this.origin = url.origin;
    this.basePath = url.pathname.replace(/\/+$/, '');
    const { connectMs, totalMs } = limits.timeouts ?? DEFAULT_BANK_TIMEOUTS;
    this.connectMs = connectMs;
    this.totalMs = totalMs;
    this.agent = keepAliveAgent(url.protocol === 'https:', tls && tlsConnectOptions(tls));
    this.breaker = new CircuitBreaker(
      limits.breaker ?? DEFAULT_CIRCUIT_BREAKER,
      limits.now ?? Date.now,
      () => limits.onBreakerOpened?.(apiBaseUrl),
    );
  }

  /**
   * Sends `call` with the organisation's token and hands back the bank's answer, body read; while
   * the contour's breaker is open, the bank's `503 UNAVAILABLE_RESOURCE_EXCEPTION` with
   * `Retry-After` at once, without calling the bank.
   */
  async send(call: BankCall): Promise<BankAnswer> {
    const admission = this.breaker.admit();
    if (!admission.admitted) return bankUnavailable(admission.retryAfterSeconds);
    let answer: BankAnswer;
    try {
      answer = await this.exchange(call);
    } catch (error) {
      this.breaker.failed();
      throw error;
    }
    if (answer.status >= 500) this.breaker.failed();
    else this.breaker.succeeded();
    return answer;
  }

  private async exchange(call: BankCall): Promise<BankAnswer> {
    const headers: Record<string, string> = {
      authorization: `Bearer ${call.accessToken}`,
      accept: 'application/json',
      'x-request-id': call.requestId,
    };
    if (call.contentType) headers['content-type'] = call.contentType;
    // The deadline covers the body too: a bank trickling its answer is cut off at the same time.
    return withDeadline(this.totalMs, async (signal) => {
      const answer = await agentRequest(
        this.agent,
        new URL(`${this.basePath}${call.pathAndQuery}`, this.origin),
        {
          method: call.method,
          headers,
          ...(call.body && { body: call.body }),
          connectTimeoutMs: this.connectMs,
          signal,
        },
      );
      return {
        status: answer.status,
        contentType: single(answer.headers['content-type']),
        retryAfter: single(answer.headers['retry-after']),
        body: new Uint8Array(answer.body.buffer, answer.body.byteOffset, answer.body.byteLength),
      };
    });
  }

  /** Closes the pooled connections. */
  async close(): Promise<void> {
    this.agent.destroy();
  }
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
