import { ScriptedServer } from '@devportal/http-transport/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PortalAbortError,
  PortalConfigurationError,
  PortalConnectionError,
  PortalServerError,
  PortalTimeoutError,
  type RequestLogEvent,
  type TokenRequest,
} from '../../src/index.js';
import { clientOf } from '../support/clients.js';
import { personToken } from '../support/fake-portal.js';

const server = new ScriptedServer();
beforeAll(() => server.listen());
afterAll(() => server.close());

const organization = {
  id: 'org-1',
  name: 'Acme',
  role: 'Owner',
  test: false,
  createdAt: '2026-11-23T10:00:00Z',
};
const member = {
  userId: 'u-2',
  email: 'b@example.com',
  role: 'Owner',
  joinedAt: '2026-11-23T10:00:00Z',
};

describe('retries: idempotent calls only', () => {
  it('a GET answered 503 with Retry-After is sent again after the wait', async () => {
    // Prepare
    server.replies(
      { status: 503, headers: { 'retry-after': '1' } },
      { status: 200, body: organization },
    );
    const started = performance.now();

    // Act
    const read = await clientOf(server.origin).organizations.get('org-1');

    // Assess
    expect(read).toEqual(organization);
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
    expect(server.requests).toHaveLength(2);
  });

  it('a POST answered 503 is not sent again: it may have been carried out', async () => {
    // Prepare
    server.replies({ status: 503 }, { status: 201, body: organization });

    // Act
    const failure = await clientOf(server.origin)
      .organizations.create({ name: 'Acme' })
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(PortalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it('a dropped connection is retried for GET, PUT and DELETE', async () => {
    // Prepare
    const client = clientOf(server.origin);
    const calls = [
      () => client.organizations.get('org-1'),
      () => client.members.transferOwnership('org-1', { userId: 'u-2' }),
      () => client.applications.delete('org-1', 'app-1'),
    ];

    // Act
    const attempts: number[] = [];
    for (const call of calls) {
      server.replies({ drop: true }, { status: 200, body: member });
      await call();
      attempts.push(server.requests.length);
    }

    // Assess
    expect(attempts).toEqual([2, 2, 2]);
  });

  it('a dropped connection of a POST or PATCH is a connection error at once', async () => {
    // Prepare
    const client = clientOf(server.origin);
    const calls = [
      () => client.applications.create('org-1', { name: 'Payroll' }),
      () => client.applications.update('org-1', 'app-1', { name: 'Payroll 2' }),
    ];

    // Act
    const outcomes: unknown[] = [];
    for (const call of calls) {
      server.replies({ drop: true }, { status: 200, body: {} });
      outcomes.push([await call().catch((error: unknown) => error), server.requests.length]);
    }

    // Assess
    expect(outcomes).toEqual([
      [expect.any(PortalConnectionError), 1],
      [expect.any(PortalConnectionError), 1],
    ]);
  });
});

describe('tokens', () => {
  it('after a 401 the provider is asked with forceRefresh and the call succeeds with the new token', async () => {
    // Prepare
    const asked: TokenRequest[] = [];
    const tokenProvider = (request: TokenRequest) => {
      asked.push(request);
      return request.forceRefresh ? personToken : 'eyJleHBpcmVkIn0.e30.b2xk';
    };
    server.script((request) =>
      request.headers.authorization === `Bearer ${personToken}`
        ? { status: 200, body: { user: { id: 'u-1', email: 'a@example.com' }, organizations: [] } }
        : {
            status: 401,
            headers: { 'content-type': 'application/problem+json' },
            body: { title: 'Unauthenticated', status: 401 },
          },
    );

    // Act
    const me = await clientOf(server.origin, { token: undefined, tokenProvider }).me();

    // Assess
    expect(me.user.email).toBe('a@example.com');
    expect(asked.map((request) => request.forceRefresh)).toEqual([false, true]);
  });

  it('logs never hold the token, and a refused one does not survive in the error', async () => {
    // Prepare
    const events: RequestLogEvent[] = [];
    server.replies({
      status: 401,
      headers: { 'content-type': 'application/problem+json' },
      body: { title: 'Unauthenticated', status: 401, detail: `token ${personToken} expired` },
    });

    // Act
    const failure = await clientOf(server.origin, { logger: (event) => events.push(event) })
      .me()
      .catch((error: unknown) => error);

    // Assess
    expect(events[0]?.requestHeaders.authorization).toBe('[REDACTED]');
    expect(JSON.stringify(events)).not.toContain(personToken);
    expect((failure as Error).message).not.toContain(personToken);
  });

  it("the bank callback is posted with the person's token", async () => {
    // Prepare
    server.replies({
      status: 200,
      body: { organizationId: 'org-1', connection: { status: 'connected' } },
    });

    // Act
    await clientOf(server.origin).bankConnection.completeAuthorization({
      state: 'state-0123456789abcdef',
      code: 'c',
    });

    // Assess
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${personToken}`);
    expect(server.requests[0]?.url).toBe('/v1/bank-connection/callback');
  });

  it('a client needs a token or a token provider', () => {
    // Act
    const build = () => clientOf(server.origin, { token: undefined });

    // Assess
    expect(build).toThrow(PortalConfigurationError);
  });
});

describe('abort and timeout', () => {
  it('an abort ends the call at once, also during the wait before a retry', async () => {
    // Prepare
    server.replies({ status: 503, headers: { 'retry-after': '30' } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();

    // Act
    const failure = await clientOf(server.origin, { backoff: { maxRetryAfterMs: 60_000 } })
      .products.get('cards', { signal: controller.signal })
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(PortalAbortError);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('an attempt longer than timeoutMs is retried, then fails as a timeout', async () => {
    // Prepare
    server.replies({ status: 200, body: {}, delayMs: 500 });

    // Act
    const failure = await clientOf(server.origin, { timeoutMs: 50, maxRetries: 1 })
      .products.get('cards')
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(PortalTimeoutError);
    expect(failure).toMatchObject({ timeoutMs: 50, operationId: 'getProduct' });
    expect(server.requests).toHaveLength(2);
  });
});
