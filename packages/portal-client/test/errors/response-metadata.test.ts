import { ScriptedServer } from '@devportal/http-transport/testing';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import {
  createPortalClient,
  type Me,
  type PortalApiError,
  PortalConfigurationError,
  PortalNotFoundError,
  PortalRateLimitError,
} from '../../src/index.js';
import { clientOf } from '../support/clients.js';

const server = new ScriptedServer();
beforeAll(() => server.listen());
afterAll(() => server.close());

const tooSoon = {
  status: 429,
  headers: {
    'content-type': 'application/problem+json',
    'retry-after': '30',
    'ratelimit-limit': '1',
    'ratelimit-remaining': '0',
    'ratelimit-reset': '30',
    'x-request-id': 'portal-req-429',
  },
  body: { type: 'about:blank', title: 'Too many requests', status: 429, code: 'sync_running' },
};

describe('response metadata of the portal client', () => {
  it('a 429 is a PortalRateLimitError with the wait, the RateLimit fields and headers', async () => {
    // Prepare
    server.replies(tooSoon);
    const client = clientOf(server.origin, { maxRetries: 0 });

    // Act
    const failure = await client.me().catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(PortalRateLimitError);
    expect(failure).toMatchObject({
      status: 429,
      code: 'sync_running',
      requestId: 'portal-req-429',
      retryAfterMs: 30_000,
      limit: 1,
      remaining: 0,
      resetMs: 30_000,
      headers: expect.objectContaining({ 'ratelimit-reset': '30' }),
    });
    expect('cause' in (failure as Error)).toBe(false);
    expect((failure as PortalApiError).callId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('the x-request-id header is the request id, before one in the body', async () => {
    // Prepare
    server.replies({
      status: 409,
      headers: { 'content-type': 'application/problem+json', 'x-request-id': 'from-header' },
      body: { title: 'Conflict', status: 409, code: 'last_owner', requestId: 'from-body' },
    });
    const client = clientOf(server.origin, { maxRetries: 0 });

    // Act
    const failure = await client.me().catch((error: unknown) => error);

    // Assess
    expect(failure).toMatchObject({ requestId: 'from-header', code: 'last_owner' });
  });

  it('a 404 that is not a problem of the API hints at a wrong baseUrl, naming the URL', async () => {
    // Prepare
    server.replies({
      status: 404,
      headers: { 'content-type': 'text/html' },
      body: '<html>Not Found</html>',
    });
    const client = clientOf(`${server.origin}/wrong`, { maxRetries: 0 });

    // Act
    const failure = await client.me().catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(PortalNotFoundError);
    expect((failure as Error).message).toContain(
      `check the client's baseUrl (called ${server.origin}/wrong/v1/me)`,
    );
  });

  it('withResponse() gives the data with the status, headers and request id', async () => {
    // Prepare
    const me = { user: { id: 'u1', email: 'a@example.com' }, organizations: [] };
    server.replies({ status: 200, headers: { 'x-request-id': 'portal-req-200' }, body: me });
    const client = clientOf(server.origin);

    // Act
    const call = client.me();
    const { data, response } = await call.withResponse();

    // Assess
    expect(data).toEqual(me);
    expect(response).toMatchObject({ status: 200, requestId: 'portal-req-200' });
    expectTypeOf(data).toEqualTypeOf<Me>();
    expectTypeOf(call).toExtend<Promise<Me>>();
  });
});

describe('portal client options are checked when the client is made', () => {
  it.each([
    { timeoutMs: Number.POSITIVE_INFINITY },
    { timeoutMs: -5 },
    { timeoutMs: Number.NaN },
    { timeoutMs: 2 ** 31 },
    { maxRetries: -1 },
    { maxRetries: 0.5 },
    { baseUrl: 'portal.example.com' },
    { baseUrl: 'ftp://portal.example.com' },
    { backoff: { maxRetryAfterMs: Number.POSITIVE_INFINITY } },
  ])('refuses %j with PortalConfigurationError', (bad) => {
    // Act
    const build = () => createPortalClient({ baseUrl: 'http://127.0.0.1:9', token: 't', ...bad });

    // Assess
    expect(build).toThrow(PortalConfigurationError);
  });
});
