import { describe, expect, it } from 'vitest';
import {
  afterAttempt,
  checkWebhookDestination,
  checkWebhookUrl,
  claimDelivery,
  isPublicAddress,
  MAX_DELIVERY_ATTEMPTS,
  retryDelayAfter,
  staticHostResolver,
  type WebhookDelivery,
} from '../../src/index.js';

const MINUTE = 60_000;

describe('webhook URLs', () => {
  it.each([
    ['https://hooks.partner.example/devportal?team=cards', 'accepted'],
    ['https://hooks.partner.example:443/devportal', 'accepted'],
    ['http://hooks.partner.example/devportal', 'scheme'],
    ['ftp://hooks.partner.example/', 'scheme'],
    ['https://user:password@hooks.partner.example/', 'credentials'],
    ['https://hooks.partner.example/#fragment', 'fragment'],
    ['https://169.254.169.254/latest/meta-data', 'ip_literal'],
    ['https://[::1]/hook', 'ip_literal'],
    ['https://[::ffff:127.0.0.1]/hook', 'ip_literal'],
    ['https://2130706433/hook', 'ip_literal'],
    ['https://0x7f.1/hook', 'ip_literal'],
    ['https://localhost/hook', 'reserved_name'],
    ['https://localhost./hook', 'reserved_name'],
    ['https://hooks.localhost/hook', 'reserved_name'],
    ['https://hooks.partner.example./hook', 'reserved_name'],
    ['https://metadata.google.internal/computeMetadata/v1/', 'reserved_name'],
    ['https://ip-10-0-0-1.ec2.internal/', 'reserved_name'],
    ['https://printer.local/', 'reserved_name'],
    ['https://router.home.arpa/', 'reserved_name'],
    ['https://metadata/', 'reserved_name'],
    ['https://hooks.partner.example:8443/devportal', 'port'],
    ['http://127.0.0.1:8080/hook', 'scheme'],
    ['not a url', 'malformed'],
    [`https://hooks.partner.example/${'a'.repeat(2048)}`, 'malformed'],
  ])('%s in production: %s', (url, verdict) => {
    const checked = checkWebhookUrl(url);

    expect(checked.ok ? 'accepted' : checked.rule).toBe(verdict);
  });

  it.each([
    ['http://127.0.0.1:8080/hook', 'accepted'],
    ['http://localhost:3000/hook', 'accepted'],
    ['http://[::1]:3000/hook', 'accepted'],
    ['https://hooks.partner.example:8443/hook', 'accepted'],
    ['http://10.0.0.5/hook', 'scheme'],
    ['http://hooks.partner.example/hook', 'scheme'],
    ['https://127.0.0.1:8443/hook', 'ip_literal'],
  ])('%s on the local stack (loopback http, any port): %s', (url, verdict) => {
    const checked = checkWebhookUrl(url, { allowLoopbackHttp: true, allowAnyPort: true });

    expect(checked.ok ? 'accepted' : checked.rule).toBe(verdict);
  });

  it.each([
    ['http://127.0.0.1:41234/hook', 'accepted'],
    ['http://localhost:41234/hook', 'accepted'],
    ['http://127.0.0.1:6379/', 'scheme'],
    ['http://127.0.0.1/', 'scheme'],
  ])('%s where loopback http is allowed on port 41234 only: %s', (url, verdict) => {
    const checked = checkWebhookUrl(url, { allowLoopbackHttp: [41234] });

    expect(checked.ok ? 'accepted' : checked.rule).toBe(verdict);
  });
});

describe('webhook addresses', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.9',
    '10.0.0.5',
    '172.16.3.4',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '255.255.255.255',
    '224.0.0.1',
    '192.0.2.10',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd00:ec2::254',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:a00:5',
    '::ffff:169.254.169.254',
    '64:ff9b::a00:5',
    '2002:a00:5::1',
    '::7f00:1',
    'not an address',
  ])('%s is refused', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['93.184.215.14', '8.8.8.8', '2606:2800:21f:cb07:6820:80da:af6b:8b2c', '::ffff:8.8.8.8'])(
    '%s is public',
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );
});

describe('webhook destinations', () => {
  const resolver = staticHostResolver({
    'hooks.partner.example': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
    '127.0.0.1.nip.io': ['127.0.0.1'],
    'split.partner.example': ['93.184.215.14', '10.1.2.3'],
  });

  it.each([
    [
      'https://hooks.partner.example/x',
      [
        { address: '93.184.215.14', family: 4 },
        { address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 },
      ],
    ],
    // No danger by itself: nothing to connect to (a delivery fails as host_not_found).
    ['https://nowhere.partner.example/', []],
  ])('lets %s through with every address it resolves to, all public', async (url, addresses) => {
    expect(await checkWebhookDestination(url, { resolver })).toEqual({ ok: true, url, addresses });
  });

  it('refuses a name with any address that is not public', async () => {
    for (const url of ['https://127.0.0.1.nip.io/', 'https://split.partner.example/']) {
      expect(await checkWebhookDestination(url, { resolver })).toEqual({
        ok: false,
        rule: 'non_public_address',
      });
    }
  });

  it("pins the local stack's loopback http without asking the resolver", async () => {
    const destination = await checkWebhookDestination('http://localhost:3000/hook', {
      resolver,
      allowLoopbackHttp: true,
    });

    expect(destination).toMatchObject({ ok: true, addresses: [{ address: '127.0.0.1' }] });
  });
});

describe('delivery backoff', () => {
  it('waits 1 minute, then four times longer per attempt, at most a day', () => {
    const delays = Array.from({ length: MAX_DELIVERY_ATTEMPTS }, (_, i) => retryDelayAfter(i + 1));

    expect(delays.map((ms) => ms / MINUTE)).toEqual([1, 4, 16, 64, 256, 1024, 1440, 1440]);
  });

  const pending: WebhookDelivery = {
    organisationId: 'o',
    applicationId: 'a',
    webhookId: 'w',
    eventId: 'e',
    eventType: 'quota.warning',
    body: '{}',
    status: 'pending',
    attempts: 0,
    createdAt: '2026-11-23T09:00:00.000Z',
    nextAttemptAt: '2026-11-23T09:00:00.000Z',
    version: 1,
  };
  const now = new Date('2026-11-23T09:00:05.000Z');

  it('is rescheduled after a failure and leaves the queue once delivered', () => {
    const failed = afterAttempt(
      claimDelivery(pending, now),
      { httpStatus: 503, durationMs: 4 },
      now,
    );
    const delivered = afterAttempt(failed.next, { httpStatus: 204, durationMs: 3 }, now);

    expect(failed.next).toMatchObject({ status: 'pending', attempts: 1, version: 3 });
    expect(failed.next.nextAttemptAt).toBe('2026-11-23T09:01:05.000Z');
    expect(failed.attempt).toMatchObject({ outcome: 'failed', httpStatus: 503, attempt: 1 });
    expect(failed.attempt.error).toBe('unexpected_status');
    expect(delivered.next).toMatchObject({ status: 'delivered', attempts: 2 });
    expect(delivered.next.nextAttemptAt).toBeUndefined();
  });

  it('gives up after the last attempt', () => {
    const lastTry = { ...pending, attempts: MAX_DELIVERY_ATTEMPTS - 1 };

    const { next, attempt } = afterAttempt(
      lastTry,
      { error: 'connection_failed', durationMs: 1 },
      now,
    );

    expect(next.status).toBe('failed');
    expect(next.nextAttemptAt).toBeUndefined();
    expect(attempt).toMatchObject({ outcome: 'failed', error: 'connection_failed' });
  });
});
