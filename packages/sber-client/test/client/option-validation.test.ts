import { describe, expect, it } from 'vitest';
import {
  createSberClient,
  SberConfigurationError,
  SberConnectionError,
  type SberRequestLogEvent,
} from '../../src/index.js';
import { fakeAccessToken } from '../support/fixtures.js';

const base = { environment: 'http://127.0.0.1:9/fintech/api', accessToken: 't' } as const;

describe('client options are checked when the client is made', () => {
  it.each([Number.POSITIVE_INFINITY, -5, 0, Number.NaN, 2 ** 31, 2.5])(
    'refuses timeoutMs %s with SberConfigurationError naming the option',
    (timeoutMs) => {
      // Act
      const build = () => createSberClient({ ...base, timeoutMs });

      // Assess
      expect(build).toThrow(SberConfigurationError);
      expect(build).toThrow(/^timeoutMs must be a whole number from 1 to 2147483647/);
    },
  );

  it.each([-1, 1.5, Number.POSITIVE_INFINITY, 1_000])('refuses maxRetries %s', (maxRetries) => {
    expect(() => createSberClient({ ...base, maxRetries })).toThrow(/^maxRetries must be/);
  });

  it.each([
    { initialDelayMs: -1 },
    { maxDelayMs: Number.POSITIVE_INFINITY },
    { maxRetryAfterMs: 2 ** 31 },
  ])('refuses the backoff %j', (backoff) => {
    expect(() => createSberClient({ ...base, backoff })).toThrow(SberConfigurationError);
  });

  it.each(['staging', 'ftp://bank.example/api', 'http://', 'http://bank:99999/api'])(
    'refuses the environment %j',
    (environment) => {
      expect(() => createSberClient({ ...base, environment })).toThrow(SberConfigurationError);
    },
  );

  it('refuses a per-call timeout that cannot work, before sending', async () => {
    // Prepare
    const client = createSberClient(base);

    // Act
    const failure = await client
      .getCryptoInfo({ timeoutMs: Number.POSITIVE_INFINITY })
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberConfigurationError);
  });
});

describe('failures on this side', () => {
  it('a blocked port is not retried, and the error names the reason and keeps the cause', async () => {
    // Prepare
    const events: SberRequestLogEvent[] = [];
    const client = createSberClient({
      environment: 'http://127.0.0.1:6000/fintech/api',
      accessToken: fakeAccessToken(),
      maxRetries: 2,
      logger: (event) => events.push(event),
    });

    // Act
    const failure = await client.getCryptoInfo().catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberConnectionError);
    expect((failure as Error).message).toBe(
      'could not reach the bank: fetch failed: bad port (a local failure, not retried)',
    );
    expect((failure as Error).cause).toBeInstanceOf(TypeError);
    expect(events).toHaveLength(1);
  });
});
