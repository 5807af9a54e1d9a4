import { DEFAULT_SPEC_PATH } from '@devportal/bank-sandbox';
import { type Contract, loadContract } from '@devportal/openapi-contract';
import { expect } from 'vitest';
import { DEFAULT_BASE_PATH } from '../../src/index.js';

/** The bank's contract, which every answer of the gateway's bank routes must honour. */
export const bankContract: Contract = loadContract(DEFAULT_SPEC_PATH);

/**
 * `fetch` of a gateway bank route that asserts the answer against spec/sber-business-cards.yaml.
 * The gateway's own 429 is not in the bank's contract: it must carry the body and headers the
 * contract declares for the bank's 503 (retry later).
 */
export async function contractFetch(
  apiUrl: string,
  path: string,
  init: { method?: string; token?: string; body?: unknown } = {},
): Promise<{ status: number; headers: Headers; body: unknown }> {
  const method = init.method ?? 'GET';
  const match = bankContract.operation(method, `/fintech/api${path.split('?')[0]}`);
  if (!match) throw new Error(`No operation in the contract for ${method} ${path}`);
  const headers: Record<string, string> = {};
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${apiUrl}${path}`, {
    method,
    headers,
    ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? undefined;
  const body = text === '' ? undefined : JSON.parse(text);
  const asStatus = response.status === 429 ? 503 : response.status;
  const violations = bankContract.validateResponse(
    match.operationId,
    asStatus,
    body,
    contentType,
    response.headers,
  );
  expect(violations, `${method} ${path} → ${response.status} breaks the contract`).toEqual([]);
  return { status: response.status, headers: response.headers, body };
}

/** The gateway's base path, for hrefs the tests expect. */
export { DEFAULT_BASE_PATH };
