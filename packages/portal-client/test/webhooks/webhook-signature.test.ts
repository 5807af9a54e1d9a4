import { describe, expect, it } from 'vitest';
import { verifyWebhookSignature, webhookSignature } from '../../src/webhooks/webhook-signature.js';

describe('webhook signatures', () => {
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
