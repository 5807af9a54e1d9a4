import { type BankSandbox, startBankSandbox } from '@devportal/bank-sandbox';
import {
  createSberClient,
  SberAbortError,
  type SberClientOptions,
  SberTimeoutError,
} from '@devportal/sber-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fastBackoff } from '../support/fixtures.js';

let sandbox: BankSandbox;
beforeAll(async () => {
  sandbox = await startBankSandbox({ port: 0, pageSize: 50 });
});
afterEach(() => {
  sandbox.setFaults({});
  sandbox.clearRequestLog();
});
afterAll(() => sandbox.close());

function client(options: Partial<SberClientOptions> = {}) {
  return createSberClient({
    environment: sandbox.apiBaseUrl,
    accessToken: sandbox.issueAccessToken(),
    backoff: fastBackoff,
    ...options,
  } as SberClientOptions);
}

function firstCardId(): string {
  return sandbox.organizations[0]?.cards[0]?.businessCardId ?? '';
}

describe('retries under injected faults', () => {
  it.each([500, 503, 'drop'] as const)(
    'recovers from two failures (%s) in a row',
    async (status) => {
      // Prepare
      sandbox.setFaults({ getCorporateCard: { failNext: { count: 2, status } } });

      // Act
      const card = await client().getCorporateCard(firstCardId());

      // Assess
      expect(card.corpCardId).toBe(firstCardId());
      expect(sandbox.requestCount('getCorporateCard')).toBe(3);
    },
  );

  it('honours the Retry-After of an injected 503', async () => {
    // Prepare
    sandbox.setFaults({
      getCorporateCard: { failNext: { count: 1, status: 503 }, retryAfterSeconds: 1 },
    });
    const started = performance.now();

    // Act
    await client().getCorporateCard(firstCardId());

    // Assess
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
  });

  it('reads every page of a flaky listing', async () => {
    // Prepare
    sandbox.setFaults({ listBusinessCards: { errorRate: 0.3, dropRate: 0.1, errorStatus: 500 } });
    const organization = sandbox.organizations.find((candidate) => candidate.cardCount > 250);

    // Act
    let count = 0;
    for await (const _ of client({ maxRetries: 8 }).businessCards({
      statusCodes: ['ACTIVE', 'BLOCKED', 'TO_BE_REISSUED', 'TO_BE_BLOCKED', 'NOT_DELIVERED'],
    })) {
      count += 1;
    }

    // Assess
    expect(count).toBe(organization?.cardCount);
    expect(sandbox.requestCount('listBusinessCards')).toBeGreaterThan(6);
  });
});

describe('token refresh on 401', () => {
  it('an expired token is replaced once through the provider', async () => {
    // Prepare
    let token = sandbox.issueAccessToken();
    sandbox.expireAccessToken(token);
    const refreshes: boolean[] = [];
    const tokenProvider = ({ forceRefresh }: { forceRefresh: boolean }) => {
      refreshes.push(forceRefresh);
      if (forceRefresh) token = sandbox.issueAccessToken();
      return token;
    };

    // Act
    const card = await client({ tokenProvider, accessToken: undefined }).getCorporateCard(
      firstCardId(),
    );

    // Assess
    expect(card.corpCardId).toBe(firstCardId());
    expect(refreshes).toEqual([false, true]);
  });
});

describe('abort and timeout', () => {
  it('a slow bank is cut by timeoutMs and retried, then given up', async () => {
    // Prepare
    sandbox.setFaults({ getCorporateCard: { latencyMs: 500 } });

    // Act
    const failure = await client({ timeoutMs: 50, maxRetries: 1 })
      .getCorporateCard(firstCardId())
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberTimeoutError);
    expect(sandbox.requestCount('getCorporateCard')).toBe(2);
  });

  it('an abort stops a slow call', async () => {
    // Prepare
    sandbox.setFaults({ getCorporateCard: { latencyMs: 2_000 } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);

    // Act
    const failure = await client()
      .getCorporateCard(firstCardId(), { signal: controller.signal })
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberAbortError);
  });
});
