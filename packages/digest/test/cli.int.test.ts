import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CRYPTO_PRO_A } from '../src/signing/gost-curves.js';
import { privateKeyToPem } from '../src/signing/gost-private-key.js';
import { SEED_DIGEST } from './gost-fixtures.js';

const bin = fileURLToPath(new URL('../bin/devportal-digest.js', import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), 'devportal-digest-cli-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const file = (name: string) => join(workDir, name);
const seedDocument = {
  businessCardId: 'ccf62938-cbda-4785-a008-12bd300bef80',
  limit: 2650000,
  code: 'NON_RENEW',
  externalId: '31663ef5-7975-4016-b0f3-f1d70a4e9c22',
};

function cliWithNodeOptions(nodeArgs: string[], args: string[], debug = '') {
  const run = spawnSync(process.execPath, [...nodeArgs, bin, ...args], {
    cwd: workDir,
    env: { ...process.env, DEBUG: debug },
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout.toString(), stderr: run.stderr.toString() };
}

function cli(...args: string[]) {
  return cliWithNodeOptions([], args);
}

/** The CLI in a process that first runs `test/fixtures/<fixture>` (`--require` also reaches worker threads). */
function cliPreloaded(fixture: string, args: string[], debug?: string) {
  const preload = fileURLToPath(new URL(`./fixtures/${fixture}`, import.meta.url));
  return cliWithNodeOptions(['--require', preload], args, debug);
}

/** The CLI in a process whose random source returns only zeros. */
function cliWithoutRandomness(...args: string[]) {
  return cliPreloaded('zero-random-source.cjs', args);
}

function writeJson(name: string, value: unknown): string {
  writeFileSync(file(name), JSON.stringify(value));
  return file(name);
}

describe('devportal-digest', () => {
  const document = writeJson('seed.json', seedDocument);

  it('prints the exact digest of a document', () => {
    expect(cli('digest', document)).toEqual({ status: 0, stdout: SEED_DIGEST, stderr: '' });
  });

  it('makes a key readable only by its owner and a certificate, and names the certificate', () => {
    const run = cli('keygen', '--key', file('key.pem'), '--cert', file('cert.pem'), '--cn', 'cli');

    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/certificateUuid: [0-9a-f-]{36}\n$/);
    expect(run.stdout).not.toContain('PRIVATE KEY');
    expect(statSync(file('key.pem')).mode & 0o777).toBe(0o600);
    expect(readFileSync(file('cert.pem'), 'utf8')).toContain('-----BEGIN CERTIFICATE-----');
  });

  it('refuses to overwrite a key unless forced', () => {
    const run = cli('keygen', '--key', file('key.pem'), '--cert', file('other.pem'));

    expect(run.status).toBe(2);
    expect(run.stderr).toContain('exists; pass --force');
  });

  it.each(['cms', 'raw'])('signs a document (%s) with a signature that verifies', (format) => {
    const signed = cli(
      'sign',
      '--key',
      file('key.pem'),
      '--cert',
      file('cert.pem'),
      '--format',
      format,
      document,
    );
    const signature = JSON.parse(signed.stdout) as {
      base64Encoded: string;
      certificateUuid: string;
    };
    const withSignature = writeJson(`signed-${format}.json`, {
      ...seedDocument,
      digestSignatures: [signature],
    });

    const verified = cli('verify', '--cert', file('cert.pem'), '--format', format, withSignature);

    expect(signed.status).toBe(0);
    expect(verified).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/^signature 1: valid/),
    });
  });

  it('reports a tampered document with exit code 1', () => {
    const signed = cli('sign', '--key', file('key.pem'), '--cert', file('cert.pem'), document);
    const { base64Encoded } = JSON.parse(signed.stdout) as { base64Encoded: string };
    const tampered = writeJson('tampered.json', { ...seedDocument, limit: 2650001 });

    const run = cli('verify', '--signature', base64Encoded, tampered);

    expect(run).toMatchObject({
      status: 1,
      stdout: expect.stringContaining('invalid, content-mismatch'),
    });
  });

  it.each([
    [[], 2, 'Usage: devportal-digest'],
    [['frobnicate'], 2, 'unknown command "frobnicate"'],
    [['digest'], 2, 'expected exactly one JSON document file'],
    [['sign', '--bogus', 'x'], 2, "Unknown option '--bogus'"],
    [['digest', 'missing.json'], 3, 'cannot read document'],
    [['sign', '--cert', 'cert.pem', 'seed.json'], 2, '--key is required'],
  ])('answers %j with exit code %i and a clear message', (args, status, message) => {
    const run = cli(...args);

    expect(run.status).toBe(status);
    expect(run.stderr).toContain(message);
  });

  it('names the field that breaks the schema', () => {
    const bad = writeJson('bad.json', { ...seedDocument, limit: '1.005' });

    const run = cli('digest', bad);

    expect(run).toMatchObject({
      status: 3,
      stderr: expect.stringContaining('limit: "1.005" has more than 2 decimals'),
    });
  });

  it.each([
    ['keygen', '--key', 'unused-key.pem', '--cert', 'unused-cert.pem'],
    ['sign', '--key', 'key.pem', '--cert', 'cert.pem', 'seed.json'],
  ])(
    'exits 4, not 1, with a one-line message when the GOST computation fails (%s without a working random source)',
    (...args) => {
      const run = cliWithoutRandomness(...args);

      expect(run).toEqual({
        status: 4,
        stdout: '',
        stderr: `devportal-digest ${args[0]}: GOST computation failed (random-scalar): a defect or a broken random source, not bad input\n`,
      });
    },
  );

  it('exits 70, not 1, with one line naming an error it does not expect (stdout that throws)', () => {
    const run = cliPreloaded('failing-stdout.cjs', ['digest', document]);

    expect(run).toEqual({
      status: 70,
      stdout: '',
      stderr:
        'devportal-digest digest: unexpected error: TypeError: stdout is gone (test fixture) ' +
        '(a defect: report it; DEBUG=devportal-digest prints the stack)\n',
    });
  });

  it.each(['devportal-digest', 'other,devportal-digest', '*'])(
    'adds the stack of an unexpected error when DEBUG=%s',
    (debug) => {
      const run = cliPreloaded('failing-stdout.cjs', ['digest', document], debug);

      expect(run.status).toBe(70);
      expect(run.stderr).toMatch(
        /^devportal-digest digest: unexpected error: TypeError: stdout is gone \(test fixture\)\nTypeError: stdout is gone \(test fixture\)\n\s+at /,
      );
    },
  );

  it('refuses a key that parses but that no signature can be made with as input (exit 3)', () => {
    const q = Buffer.from(CRYPTO_PRO_A.q.toString(16), 'hex').reverse();
    writeFileSync(file('zero-key.pem'), privateKeyToPem(new Uint8Array(q)));

    const run = cli('sign', '--key', file('zero-key.pem'), '--cert', file('cert.pem'), document);

    expect(run).toMatchObject({
      status: 3,
      stderr: expect.stringContaining('private key: not a usable GOST key (0 mod q)'),
    });
  });

  it('prints its usage on request', () => {
    expect(cli('--help')).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('70 an unexpected error'),
    });
  });
});
