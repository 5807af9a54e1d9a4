import { describe, expect, it } from 'vitest';
import {
  afterAttempt,
  checkWebhookUrl,
  claimDelivery,
  MAX_DELIVERY_ATTEMPTS,
  retryDelayAfter,
  verifyWebhookSignature,
  type WebhookDelivery,
  webhookSignature,
} from '../../src/index.js';

const MINUTE = 60_000;

describe('webhook URLs', () => {
  it.each([
    ['https://hooks.partner.example/devportal?team=cards', true],
    ['http://hooks.partner.example/devportal', false],
    ['https://user:password@hooks.partner.example/', false],
    ['https://hooks.partner.example/#fragment', false],
    ['https://169.254.169.254/latest/meta-data', false],
    ['https://[::1]/hook', false],
    ['https://localhost/hook', false],
    ['http://127.0.0.1:8080/hook', false],
    ['ftp://hooks.partner.example/', false],
    ['not a url', false],
  ])('%s is accepted in production: %s', (url, accepted) => {
    expect(checkWebhookUrl(url) !== undefined).toBe(accepted);
  });

  it.each([
    ['http://127.0.0.1:8080/hook', true],
    ['http://localhost:3000/hook', true],
    ['http://[::1]:3000/hook', true],
    ['http://10.0.0.5/hook', false],
    ['http://hooks.partner.example/hook', false],
  ])('%s is accepted where loopback http is allowed (dev): %s', (url, accepted) => {
    expect(checkWebhookUrl(url, { allowLoopbackHttp: true }) !== undefined).toBe(accepted);
  });
});

describe('signatures', () => {
  const secret = 'whsec_test-secret';
  const body = '{"id":"e-1","type":"quota.warning"}';
  const now = 1_800_000_000;

  it('verify with the secret, the body and a fresh timestamp', () => {
    const header = webhookSignature(secret, now, body);

    expect(header).toMatch(/^t=1800000000,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(secret, header, body, now + 10)).toBe(true);
  });

  it('fail for another body, another secret, an old timestamp or no header', () => {
    const header = webhookSignature(secret, now, body);

    expect(verifyWebhookSignature(secret, header, `${body} `, now)).toBe(false);
    expect(verifyWebhookSignature('whsec_other', header, body, now)).toBe(false);
    expect(verifyWebhookSignature(secret, header, body, now + 301)).toBe(false);
    expect(verifyWebhookSignature(secret, undefined, body, now)).toBe(false);
    expect(verifyWebhookSignature(secret, 't=1800000000,v1=zz', body, now)).toBe(false);
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
    expect(failed.attempt.error).toContain('503');
    expect(delivered.next).toMatchObject({ status: 'delivered', attempts: 2 });
    expect(delivered.next.nextAttemptAt).toBeUndefined();
  });

  it('gives up after the last attempt', () => {
    const lastTry = { ...pending, attempts: MAX_DELIVERY_ATTEMPTS - 1 };

    const { next, attempt } = afterAttempt(
      lastTry,
      { error: 'connect ECONNREFUSED', durationMs: 1 },
      now,
    );

    expect(next.status).toBe('failed');
    expect(next.nextAttemptAt).toBeUndefined();
    expect(attempt).toMatchObject({ outcome: 'failed', error: 'connect ECONNREFUSED' });
  });
});
