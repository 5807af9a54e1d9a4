import { describe, expect, it } from 'vitest';
import {
  type BusinessCardLimitChange,
  InlineGostSigner,
  limitChangeDigest,
  signLimitChange,
  verifyText,
} from '../src/browser.js';
import { makeTestSigner } from './gost-fixtures.js';

const change: BusinessCardLimitChange = {
  businessCardId: 'ccf62938-cbda-4785-a008-12bd300bef80',
  code: 'NON_RENEW',
  externalId: '31663ef5-7975-4016-b0f3-f1d70a4e9c22',
  limit: 2650000,
};

describe('InlineGostSigner (the browser entry)', () => {
  const signer = makeTestSigner('page signer');

  it('signs a limit change on the calling thread with a signature that verifies', async () => {
    const inline = new InlineGostSigner(signer);

    const signed = await signLimitChange(change, [inline]);

    const [signature] = signed.digestSignatures;
    expect(signature?.certificateUuid).toBe(signer.certificateUuid);
    expect(signature?.base64Encoded).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    const check = verifyText({
      text: limitChangeDigest(change),
      base64Encoded: signature?.base64Encoded ?? '',
      certificate: signer.certificate,
    });
    expect(check.valid).toBe(true);
  });

  it('refuses a signature over another digest', async () => {
    const signature = await new InlineGostSigner(signer).sign(limitChangeDigest(change));

    const check = verifyText({
      text: limitChangeDigest({ ...change, limit: 1 }),
      base64Encoded: signature.base64Encoded,
      certificate: signer.certificate,
    });

    expect(check.valid).toBe(false);
  });
});
