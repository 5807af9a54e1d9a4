import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** PEM and PKCS#12 material of a throwaway CA, a server (127.0.0.1) and a client it signed. */
export interface TestCertificates {
  readonly caCert: string;
  readonly serverCert: string;
  readonly serverKey: string;
  readonly clientCert: string;
  readonly clientKey: string;
  readonly clientPfx: Buffer;
  readonly pfxPassphrase: string;
  /** a client certificate from another CA, which the server must refuse */
  readonly strangerCert: string;
  readonly strangerKey: string;
}

const openssl = '/usr/bin/openssl';

/**
 * Makes the certificates with Debian's openssl in a temporary folder and removes the folder:
 * no private key is ever committed. RSA 2048, like the bank's client certificates.
 */
export function makeTestCertificates(): TestCertificates {
  const dir = mkdtempSync(join(tmpdir(), 'sber-mtls-'));
  const file = (name: string) => join(dir, name);
  const run = (...args: string[]) => execFileSync(openssl, args, { cwd: dir, stdio: 'pipe' });
  const selfSignedCa = (name: string) =>
    run(
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      `/CN=${name}`,
      '-keyout',
      file(`${name}.key`),
      '-out',
      file(`${name}.crt`),
    );
  const issue = (name: string, ca: string, extensions: string) => {
    run(
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      `/CN=${name}`,
      '-keyout',
      file(`${name}.key`),
      '-out',
      file(`${name}.csr`),
    );
    writeFileSync(file(`${name}.ext`), extensions);
    run(
      'x509',
      '-req',
      '-in',
      file(`${name}.csr`),
      '-CA',
      file(`${ca}.crt`),
      '-CAkey',
      file(`${ca}.key`),
      '-CAcreateserial',
      '-days',
      '1',
      '-extfile',
      file(`${name}.ext`),
      '-out',
      file(`${name}.crt`),
    );
  };
  try {
    selfSignedCa('test-ca');
    selfSignedCa('stranger-ca');
    issue(
      'server',
      'test-ca',
      'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n',
    );
    issue('client', 'test-ca', 'extendedKeyUsage=clientAuth\n');
    issue('stranger', 'stranger-ca', 'extendedKeyUsage=clientAuth\n');
    const pfxPassphrase = 'test-passphrase';
    run(
      'pkcs12',
      '-export',
      '-in',
      file('client.crt'),
      '-inkey',
      file('client.key'),
      '-passout',
      `pass:${pfxPassphrase}`,
      '-out',
      file('client.p12'),
    );
    const text = (name: string) => readFileSync(file(name), 'utf8');
    return {
      caCert: text('test-ca.crt'),
      serverCert: text('server.crt'),
      serverKey: text('server.key'),
      clientCert: text('client.crt'),
      clientKey: text('client.key'),
      clientPfx: readFileSync(file('client.p12')),
      pfxPassphrase,
      strangerCert: text('stranger.crt'),
      strangerKey: text('stranger.key'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
