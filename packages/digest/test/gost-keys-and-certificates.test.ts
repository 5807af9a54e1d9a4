import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  certificateUuidOf,
  isSelfSignatureValid,
  readGostCertificate,
} from '../src/signing/gost-certificate.js';
import { privateKeyFromPem } from '../src/signing/gost-private-key.js';
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
});
