import { type Contract, loadContract } from '@devportal/openapi-contract';
import { expect } from 'vitest';
import { DEFAULT_SPEC_PATH } from '../../src/index.js';

/** The bank contract every sandbox response in these tests must honour. */
export const bankContract: Contract = loadContract(DEFAULT_SPEC_PATH);

export interface ContractResponse<T = unknown> {
  status: number;
  headers: Headers;
  /** parsed JSON, or `undefined` for an empty body */
  body: T;
  operationId: string;
}

export interface CallOptions {
  method?: string;
  /** sent as `Authorization: Bearer <token>` */
  token?: string;
  headers?: Record<string, string>;
  /** a JSON value (serialized), or a raw string / URLSearchParams sent as is */
  body?: unknown;
}

/**
 * `fetch` against a sandbox that asserts the response against spec/sber-business-cards.yaml:
 * the status is declared for the operation, and the media type, body and declared headers conform.
 */
export function contractFetch(origin: string) {
  // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies field by field
  return async function call<T = any>(
    path: string,
    options: CallOptions = {},
  ): Promise<ContractResponse<T>> {
    const method = options.method ?? (options.body === undefined ? 'GET' : 'POST');
    const match = bankContract.operation(method, path);
    if (!match) throw new Error(`No operation in the contract for ${method} ${path}`);
    const headers: Record<string, string> = { ...options.headers };
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    let body: string | URLSearchParams | undefined;
    if (typeof options.body === 'string' || options.body instanceof URLSearchParams)
      body = options.body;
    else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${origin}${path}`, { method, headers, body, redirect: 'manual' });
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? undefined;
    const parsed =
      text === '' ? undefined : contentType?.includes('json') ? JSON.parse(text) : text;
    const violations = bankContract.validateResponse(
      match.operationId,
      response.status,
      parsed,
      contentType,
      response.headers,
    );
    expect(violations, `${method} ${path} → ${response.status} breaks the contract`).toEqual([]);
    return {
      status: response.status,
      headers: response.headers,
      body: parsed as T,
      operationId: match.operationId,
    };
  };
}

/** The UUID form of the bank's `referenceId`. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
