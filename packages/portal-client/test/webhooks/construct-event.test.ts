import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import {
  PortalConfigurationError,
  type QuotaWarningEvent,
  type WebhookEvent,
  WebhookVerificationError,
  type WebhookVerificationFailure,
  webhooks,
} from '../../src/index.js';

const NOW = 1_800_000_000;
const secret = webhooks.webhookSecretOf(randomBytes(32));
const otherSecret = webhooks.webhookSecretOf(randomBytes(32));
const event: QuotaWarningEvent = {
  id: 'evt_quota_1',
  type: 'quota.warning',
  occurredAt: '2027-01-15T08:00:00.000Z',
  organisationId: 'org-1',
  applicationId: 'app-1',
  data: {
    productId: 'business-card-limits',
    period: 'day',
    window: 'D2027-01-15',
    limit: 1000,
    used: 800,
    thresholdPercent: 80,
  },
};
const body = JSON.stringify(event);

/** Headers as the `standardwebhooks` package signs them, `sentAt` unix seconds. */
function signedByStandardWebhooks(payload: string, key = secret, sentAt = NOW) {
  return {
    'webhook-id': event.id,
    'webhook-timestamp': String(sentAt),
    'webhook-signature': new Webhook(key).sign(event.id, new Date(sentAt * 1000), payload),
  };
}

/** The reason `attempt` was refused with; fails the test when it was not a verification error. */
async function refusal(attempt: Promise<unknown>): Promise<WebhookVerificationFailure> {
  const error = await attempt.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return (error as WebhookVerificationError).reason;
}

describe('webhooks.constructEvent', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('returns the typed event of a delivery the standardwebhooks package signed, from a string, bytes or fetch Headers', async () => {
    vi.useFakeTimers({ now: NOW * 1000, toFake: ['Date'] });
    const headers = signedByStandardWebhooks(body);

    const fromString = await webhooks.constructEvent(body, headers, secret);
    const fromBytes = await webhooks.constructEvent(Buffer.from(body), headers, secret);
    const fromFetch = await webhooks.constructEvent(body, new Headers(headers), secret);

    expect(fromString).toEqual(event);
    expect(fromBytes).toEqual(event);
    expect(fromFetch).toEqual(event);
    expectTypeOf(fromString).toEqualTypeOf<WebhookEvent>();
    if (fromString.type === 'quota.warning') {
      expectTypeOf(fromString.data.thresholdPercent).toEqualTypeOf<80 | 90 | 100>();
    }
  });

  it('reads header names in any case, as Node and proxies pass them', async () => {
    vi.useFakeTimers({ now: NOW * 1000, toFake: ['Date'] });
    const headers = Object.fromEntries(
      Object.entries(signedByStandardWebhooks(body)).map(([name, value]) => [
        name.toUpperCase(),
        value,
      ]),
    );

    await expect(webhooks.constructEvent(body, headers, secret)).resolves.toEqual(event);
  });

  it('refuses a tampered body, another secret or id, an old or future timestamp, a missing header', async () => {
    vi.useFakeTimers({ now: NOW * 1000, toFake: ['Date'] });
    const headers = signedByStandardWebhooks(body);
    const { 'webhook-signature': _dropped, ...unsigned } = headers;

    const reasons = {
      tampered: await refusal(webhooks.constructEvent(body.replace('800', '100'), headers, secret)),
      wrongSecret: await refusal(webhooks.constructEvent(body, headers, otherSecret)),
      old: await refusal(
        webhooks.constructEvent(body, signedByStandardWebhooks(body, secret, NOW - 301), secret),
      ),
      future: await refusal(
        webhooks.constructEvent(body, signedByStandardWebhooks(body, secret, NOW + 301), secret),
      ),
      otherId: await refusal(
        webhooks.constructEvent(body, { ...headers, 'webhook-id': 'evt_other' }, secret),
      ),
      unsigned: await refusal(webhooks.constructEvent(body, unsigned, secret)),
      badTimestamp: await refusal(
        webhooks.constructEvent(body, { ...headers, 'webhook-timestamp': '1.8e9' }, secret),
      ),
    };

    expect(reasons).toEqual({
      tampered: 'no_matching_signature',
      wrongSecret: 'no_matching_signature',
      old: 'timestamp_too_old',
      future: 'timestamp_too_new',
      otherId: 'no_matching_signature',
      unsigned: 'missing_header',
      badTimestamp: 'invalid_timestamp',
    });
  });

  it('accepts any of the listed signatures, under any of the given secrets (rotation)', async () => {
    vi.useFakeTimers({ now: NOW * 1000, toFake: ['Date'] });
    const byOld = signedByStandardWebhooks(body, otherSecret)['webhook-signature'];
    const byNew = signedByStandardWebhooks(body, secret)['webhook-signature'];
    const both = { ...signedByStandardWebhooks(body), 'webhook-signature': `${byOld} ${byNew}` };

    await expect(webhooks.constructEvent(body, both, secret)).resolves.toEqual(event);
    await expect(
      webhooks.constructEvent(body, signedByStandardWebhooks(body, otherSecret), [
        secret,
        otherSecret,
      ]),
    ).resolves.toEqual(event);
  });

  it('takes a wider tolerance when asked', async () => {
    vi.useFakeTimers({ now: NOW * 1000, toFake: ['Date'] });
    const tenMinutesOld = signedByStandardWebhooks(body, secret, NOW - 600);

    await expect(
      webhooks.constructEvent(body, tenMinutesOld, secret, { toleranceSeconds: 900 }),
    ).resolves.toEqual(event);
    expect(await refusal(webhooks.constructEvent(body, tenMinutesOld, secret))).toBe(
      'timestamp_too_old',
    );
  });

  it('reports a secret, a body or a tolerance that cannot work as a configuration error quoting no secret', async () => {
    const headers = signedByStandardWebhooks(body);
    const notBase64 = 'whsec_not base64!';

    const errors = await Promise.all([
      webhooks.constructEvent(body, headers, notBase64).catch((error: unknown) => error),
      webhooks.constructEvent(body, headers, []).catch((error: unknown) => error),
      webhooks
        .constructEvent(body, headers, process.env.UNSET_WEBHOOK_SECRET as string)
        .catch((error: unknown) => error),
      webhooks.constructEvent(JSON.parse(body), headers, secret).catch((error: unknown) => error),
      webhooks
        .constructEvent(body, headers, secret, { toleranceSeconds: -5 })
        .catch((error: unknown) => error),
    ]);

    for (const error of errors) {
      expect(error).toBeInstanceOf(PortalConfigurationError);
      expect(String((error as Error).message)).not.toContain('base64!');
    }
  });
});

describe('webhooks.generateTestHeaders', () => {
  it('signs as a delivery is signed: the standardwebhooks package and constructEvent both verify it', async () => {
    const headers = await webhooks.generateTestHeaders(body, secret, { id: event.id });

    expect(new Webhook(secret).verify(body, headers)).toEqual(event);
    await expect(webhooks.constructEvent(body, headers, secret)).resolves.toEqual(event);
    expect(headers['webhook-id']).toBe(event.id);
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
  });

  it('reads the key of a secret written in either base64 alphabet as the same key', async () => {
    const key = Buffer.from('fb+/ff/+fb+/ff/+fb+/ff/+fb+/ff/+fb+/ff/+fb8=', 'base64');
    const attempt = { id: event.id, timestamp: NOW };
    const standard = `whsec_${key.toString('base64')}`;
    const urlSafe = `whsec_${key.toString('base64url')}`;

    const [byStandard, byUrlSafe] = await Promise.all([
      webhooks.generateTestHeaders(body, standard, attempt),
      webhooks.generateTestHeaders(body, urlSafe, attempt),
    ]);

    expect(urlSafe).toMatch(/[-_]/);
    expect(byUrlSafe).toEqual(byStandard);
  });

  it('makes up a fresh id, and takes an old timestamp to test the replay check', async () => {
    const [first, second] = [
      await webhooks.generateTestHeaders(body, secret),
      await webhooks.generateTestHeaders(body, secret),
    ];
    const stale = await webhooks.generateTestHeaders(body, secret, {
      timestamp: Math.floor(Date.now() / 1000) - 3600,
    });

    expect(first['webhook-id']).not.toBe(second['webhook-id']);
    expect(await refusal(webhooks.constructEvent(body, stale, secret))).toBe('timestamp_too_old');
    expect(() => new Webhook(secret).verify(body, stale)).toThrow('Message timestamp too old');
  });
});
