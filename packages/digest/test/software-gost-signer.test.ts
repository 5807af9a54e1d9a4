import { afterAll, describe, expect, it } from 'vitest';
import {
  type BusinessCardLimitChange,
  checkSignatureSet,
  GostWorkerPool,
  limitChangeDigest,
  SoftwareGostSigner,
  signLimitChange,
  verifyDigestSignature,
} from '../src/index.js';
import { makeTestSigner } from './gost-fixtures.js';

const change: BusinessCardLimitChange = {
  businessCardId: 'ccf62938-cbda-4785-a008-12bd300bef80',
  code: 'NON_RENEW',
  externalId: '31663ef5-7975-4016-b0f3-f1d70a4e9c22',
  limit: 2650000,
};

describe('SoftwareGostSigner', () => {
  const pool = new GostWorkerPool({ size: 2 });
  afterAll(() => pool.close());
  const first = makeTestSigner('first signer');
  const second = makeTestSigner('second signer');

  it('signs a digest as the bank expects it: base64 and the certificate UUID', async () => {
    const signer = new SoftwareGostSigner({ ...first, pool });

    const signature = await signer.sign(limitChangeDigest(change));

    expect(signature.certificateUuid).toBe(first.certificateUuid);
    expect(signature.base64Encoded).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
  });

  it('names the certificate by the UUID the bank gave it, when told', async () => {
    const bankUuid = '22a6dd81-103a-4d3a-8e9b-0ba4b527f5f6';
    const signer = new SoftwareGostSigner({ ...first, certificateUuid: bankUuid, pool });

    expect((await signer.sign('a=1')).certificateUuid).toBe(bankUuid);
  });

  it('signs a request with a first and a second signature that each verify', async () => {
    const signers = [first, second].map(
      (credentials) => new SoftwareGostSigner({ ...credentials, format: 'raw', pool }),
    );

    const signed = await signLimitChange(change, signers);

    const checks = await Promise.all(
      signed.digestSignatures.map((signature, index) =>
        verifyDigestSignature(
          {
            text: limitChangeDigest(signed),
            base64Encoded: signature.base64Encoded,
            format: 'raw',
            certificate: [first, second][index]?.certificate,
          },
          pool,
        ),
      ),
    );
    expect(signed.digestSignatures.map((signature) => signature.certificateUuid)).toEqual([
      first.certificateUuid,
      second.certificateUuid,
    ]);
    expect(checks.map((check) => check.valid)).toEqual([true, true]);
    expect(checkSignatureSet([{ authority: 'first' }, { authority: 'second' }])).toEqual({
      ok: true,
      kind: 'first-and-second',
    });
  });

  it('refuses a key that is not a GOST PKCS#8 PEM when it is made', () => {
    const act = () =>
      new SoftwareGostSigner({ ...first, privateKeyPem: first.certificatePem, pool });

    expect(act).toThrow('PRIVATE KEY');
  });
});
