import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  certificateUuidOf,
  createSelfSignedCertificate,
  isSelfSignatureValid,
  readGostCertificate,
} from '../src/signing/gost-certificate.js';
import { CRYPTO_PRO_A } from '../src/signing/gost-curves.js';
import { generateGostKeyPair } from '../src/signing/gost-primitives.js';
import { privateKeyFromPem, privateKeyToPem } from '../src/signing/gost-private-key.js';
import { makeTestSigner } from './gost-fixtures.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('generated credentials', () => {
  const signer = makeTestSigner('sandbox signer');

  it('hold a self-signed certificate whose signature verifies with its own key', () => {
    const certificate = readGostCertificate(signer.certificate);

    expect(isSelfSignatureValid(certificate)).toBe(true);
    expect(certificate.publicKey).toHaveLength(64);
  });

  it('hold a certificate openssl reads as GOST R 34.10-2012 with the chosen name', () => {
    const run = spawnSync('/usr/bin/openssl', ['x509', '-noout', '-subject', '-text'], {
      input: signer.certificatePem,
    });
    const text = run.stdout.toString();

    expect(text).toContain('subject=CN = sandbox signer');
    expect(text).toContain(
      'Signature Algorithm: GOST R 34.10-2012 with GOST R 34.11-2012 (256 bit)',
    );
    expect(text).toContain('Digital Signature, Non Repudiation');
  });

  it('name the certificate by a UUID derived from it', () => {
    expect(signer.certificateUuid).toMatch(UUID);
    expect(certificateUuidOf(signer.certificate)).toBe(signer.certificateUuid);
    expect(makeTestSigner().certificateUuid).not.toBe(signer.certificateUuid);
  });

  it('round-trip the private key through PKCS#8 PEM', () => {
    expect(privateKeyFromPem(signer.privateKeyPem)).toEqual(signer.privateKey);
  });

  it('refuse a PEM of another kind without echoing it', () => {
    const act = () => privateKeyFromPem(signer.certificatePem);

    expect(act).toThrow('expected a PEM block "-----BEGIN PRIVATE KEY-----"');
  });

  it('are refused when the certificate holds a public key off the curve', () => {
    const keyPair = generateGostKeyPair();
    const publicKey = keyPair.publicKey.slice();
    publicKey[5] = (publicKey[5] as number) ^ 0x40;

    const act = () => readGostCertificate(createSelfSignedCertificate({ ...keyPair, publicKey }));

    expect(act).toThrow('certificate: public key: not a point of the GOST curve');
  });

  it('refuse a private key that parses but is 0 mod q, without echoing it', () => {
    const q = Buffer.from(CRYPTO_PRO_A.q.toString(16), 'hex').reverse();

    expect(() => privateKeyFromPem(privateKeyToPem(new Uint8Array(q)))).toThrow(
      'private key: not a usable GOST key (0 mod q)',
    );
  });

  it('carry the serial number and validity asked for', () => {
    const keyPair = generateGostKeyPair();

    const certificate = readGostCertificate(
      createSelfSignedCertificate(keyPair, {
        serialNumber: '4c0ffee0000000000000000000000001',
        notBefore: new Date('2025-03-01T00:00:00Z'),
        validDays: 730,
      }),
    ).certificate.tbsCertificate;

    expect(Buffer.from(certificate.serialNumber).toString('hex')).toBe(
      '4c0ffee0000000000000000000000001',
    );
    expect(certificate.validity.notBefore.getTime()).toEqual(new Date('2025-03-01T00:00:00Z'));
    expect(certificate.validity.notAfter.getTime()).toEqual(new Date('2027-03-01T00:00:00Z'));
  });

  it('refuse a serial number that would not be a positive DER integer', () => {
    const keyPair = generateGostKeyPair();

    for (const serialNumber of ['80aa', '007f', 'xyz', '', '0'.repeat(42)]) {
      expect(() => createSelfSignedCertificate(keyPair, { serialNumber })).toThrow(RangeError);
    }
  });
});
