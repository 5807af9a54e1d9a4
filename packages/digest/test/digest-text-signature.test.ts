import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { signText, verifyText } from '../src/signing/digest-text-signature.js';
import { readGostCertificate } from '../src/signing/gost-certificate.js';
import { makeTestSigner, SEED_DIGEST } from './gost-fixtures.js';
import { independentGostSigner } from './independent-gost.js';

const alice = makeTestSigner('alice');
const mallory = makeTestSigner('mallory');
const utf8 = (text: string) => new TextEncoder().encode(text);
const fromBase64 = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

const independent = independentGostSigner();

function openssl(args: string[], input: Uint8Array): string {
  const run = spawnSync('/usr/bin/openssl', args, { input });
  expect(run.status, run.stderr.toString()).toBe(0);
  return run.stdout.toString();
}

describe('raw signatures', () => {
  const signature = signText({ ...alice, text: SEED_DIGEST, format: 'raw' });

  it('are 64 bytes of standard base64 that verify with the signer certificate', () => {
    const check = verifyText({
      text: SEED_DIGEST,
      base64Encoded: signature,
      format: 'raw',
      certificate: alice.certificate,
    });

    expect(fromBase64(signature)).toHaveLength(64);
    expect(check).toEqual({ valid: true, certificate: alice.certificate });
  });

  it('fail for a tampered digest text', () => {
    const check = verifyText({
      text: SEED_DIGEST.replace('2650000.00', '2650001.00'),
      base64Encoded: signature,
      format: 'raw',
      certificate: alice.certificate,
    });

    expect(check).toMatchObject({ valid: false, reason: 'signature-mismatch' });
  });

  it("fail with another signer's certificate", () => {
    const check = verifyText({
      text: SEED_DIGEST,
      base64Encoded: signature,
      format: 'raw',
      certificate: mallory.certificate,
    });

    expect(check).toMatchObject({ valid: false, reason: 'signature-mismatch' });
  });

  it('need a certificate to be verified', () => {
    const check = verifyText({ text: SEED_DIGEST, base64Encoded: signature, format: 'raw' });

    expect(check).toMatchObject({ valid: false, reason: 'certificate-missing' });
  });

  it('verify with the second, independent GOST implementation, and the other way round', () => {
    const { publicKey } = readGostCertificate(alice.certificate);
    const theirs = new Uint8Array(independent.sign(alice.privateKey, utf8(SEED_DIGEST)));

    expect(independent.verify(publicKey, fromBase64(signature), utf8(SEED_DIGEST))).toBe(true);
    expect(independent.verify(publicKey, fromBase64(signature), utf8(`${SEED_DIGEST}\n`))).toBe(
      false,
    );
    expect(
      verifyText({
        text: SEED_DIGEST,
        base64Encoded: Buffer.from(theirs).toString('base64'),
        format: 'raw',
        certificate: alice.certificate,
      }).valid,
    ).toBe(true);
  });
});

describe('CMS signatures', () => {
  const signature = signText({ ...alice, text: SEED_DIGEST });

  it('are the default and verify with the certificate they carry', () => {
    expect(verifyText({ text: SEED_DIGEST, base64Encoded: signature })).toEqual({
      valid: true,
      certificate: alice.certificate,
    });
  });

  it('verify against the registered certificate of the signer', () => {
    const check = verifyText({
      text: SEED_DIGEST,
      base64Encoded: signature,
      format: 'cms',
      certificate: alice.certificate,
    });

    expect(check.valid).toBe(true);
  });

  it('fail for a tampered digest text', () => {
    const check = verifyText({
      text: SEED_DIGEST.replace('NON_RENEW', 'RENEW'),
      base64Encoded: signature,
    });

    expect(check).toMatchObject({ valid: false, reason: 'content-mismatch' });
  });

  it("fail when the registered certificate is another signer's", () => {
    const check = verifyText({
      text: SEED_DIGEST,
      base64Encoded: signature,
      certificate: mallory.certificate,
    });

    expect(check).toMatchObject({ valid: false, reason: 'certificate-mismatch' });
  });

  it('fail when a signature made with another key carries the claimed certificate', () => {
    const forged = signText({ ...mallory, certificate: alice.certificate, text: SEED_DIGEST });

    const check = verifyText({
      text: SEED_DIGEST,
      base64Encoded: forged,
      certificate: alice.certificate,
    });

    expect(check).toMatchObject({ valid: false, reason: 'signature-mismatch' });
  });

  it('are refused when the text is not base64 or not a CMS', () => {
    expect(verifyText({ text: SEED_DIGEST, base64Encoded: 'not base64!' })).toMatchObject({
      valid: false,
      reason: 'malformed-signature',
    });
    expect(verifyText({ text: SEED_DIGEST, base64Encoded: 'AAAA' })).toMatchObject({
      valid: false,
      reason: 'malformed-signature',
    });
  });

  it('are parsed by openssl as a detached SignedData with GOST algorithms', () => {
    const der = fromBase64(signature);

    const structure = openssl(['asn1parse', '-inform', 'DER'], der);
    const printed = openssl(['cms', '-cmsout', '-print', '-inform', 'DER'], der);

    expect(structure).toContain(':pkcs7-signedData');
    expect(structure).toContain(':GOST R 34.11-2012 with 256 bit hash');
    expect(structure).toContain(':id-GostR3410-2001-CryptoPro-A-ParamSet');
    expect(structure).toContain(':messageDigest');
    expect(printed).toContain('eContent: <ABSENT>');
    expect(printed).toContain('issuer: CN=alice');
  });
});
