import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GostWorkerPool, verifyText } from '../src/index.js';
import { makeTestSigner, SEED_DIGEST } from './gost-fixtures.js';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const signer = makeTestSigner();

describe('GostWorkerPool from TypeScript sources', () => {
  const pool = new GostWorkerPool({ size: 2 });
  afterAll(() => pool.close());

  it('signs on worker threads what verifies on this one, in both formats', async () => {
    const [cms, raw] = await Promise.all([
      pool.sign({ ...signer, text: SEED_DIGEST }),
      pool.sign({ ...signer, text: SEED_DIGEST, format: 'raw' }),
    ]);

    expect(verifyText({ text: SEED_DIGEST, base64Encoded: cms }).valid).toBe(true);
    expect(
      verifyText({
        text: SEED_DIGEST,
        base64Encoded: raw,
        format: 'raw',
        certificate: signer.certificate,
      }).valid,
    ).toBe(true);
  });

  it('verifies on worker threads, valid and tampered alike', async () => {
    const base64Encoded = await pool.sign({ ...signer, text: SEED_DIGEST });

    const checks = await Promise.all([
      pool.verify({ text: SEED_DIGEST, base64Encoded }),
      pool.verify({ text: `${SEED_DIGEST} `, base64Encoded }),
    ]);

    expect(checks.map((check) => check.valid)).toEqual([true, false]);
  });

  it('answers many concurrent tasks, more than it has workers', async () => {
    const texts = Array.from({ length: 7 }, (_, index) => `n=${index}`);

    const signatures = await Promise.all(
      texts.map((text) => pool.sign({ ...signer, text, format: 'raw' })),
    );

    const checks = signatures.map((base64Encoded, index) =>
      verifyText({
        text: `n=${index}`,
        base64Encoded,
        format: 'raw',
        certificate: signer.certificate,
      }),
    );
    expect(checks.every((check) => check.valid)).toBe(true);
  });

  it('makes credentials on a worker thread', async () => {
    const credentials = await pool.createCredentials({ commonName: 'pooled' });

    expect(credentials.certificatePem).toContain('-----BEGIN CERTIFICATE-----');
    expect(credentials.privateKeyPem).toContain('-----BEGIN PRIVATE KEY-----');
  });

  it('rejects a task that fails in the worker with its message', async () => {
    const act = pool.sign({ ...signer, certificate: new Uint8Array([1, 2, 3]), text: SEED_DIGEST });

    await expect(act).rejects.toThrow('certificate: not a DER-encoded X.509 certificate');
  });
});

describe('GostWorkerPool.close', () => {
  it('finishes queued work, then refuses new work', async () => {
    const pool = new GostWorkerPool({ size: 1 });
    const queued = [1, 2, 3].map((n) => pool.sign({ ...signer, text: `n=${n}`, format: 'raw' }));

    await pool.close();

    await expect(Promise.all(queued)).resolves.toHaveLength(3);
    await expect(pool.sign({ ...signer, text: 'late' })).rejects.toThrow('closed');
  });
});

/**
 * Builds sber-client where node resolves it from `test-artifacts/` before the workspace's copy,
 * with the exports npm users get: in the workspace its exports point at TypeScript sources,
 * which plain node cannot load, and the digest imports the bank's patterns from it.
 */
function buildSberClientBesideArtifacts(tsc: string): void {
  const manifestPath = fileURLToPath(import.meta.resolve('@devportal/sber-client/package.json'));
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const installed = join(
    packageRoot,
    'test-artifacts',
    'node_modules',
    '@devportal',
    'sber-client',
  );
  execFileSync(
    process.execPath,
    [tsc, '-p', 'tsconfig.build.json', '--outDir', join(installed, 'dist')],
    {
      cwd: dirname(manifestPath),
    },
  );
  writeFileSync(
    join(installed, 'package.json'),
    JSON.stringify({
      name: manifest.name,
      type: 'module',
      exports: manifest.publishConfig.exports,
    }),
  );
}

describe('GostWorkerPool from the built package', () => {
  const outDir = join(packageRoot, 'test-artifacts', 'dist');

  beforeAll(() => {
    const tsc = fileURLToPath(import.meta.resolve('typescript/bin/tsc'));
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', outDir], {
      cwd: packageRoot,
    });
    buildSberClientBesideArtifacts(tsc);
  }, 60_000);

  /** Runs `source` (an ES module importing the built package as `digest`) in plain node. */
  function runWithDist(name: string, source: string, nodeArgs: string[] = []) {
    const script = join(packageRoot, 'test-artifacts', name);
    writeFileSync(
      script,
      `import * as digest from ${JSON.stringify(pathToFileURL(join(outDir, 'index.js')).href)};\n${source}`,
    );
    const run = spawnSync(process.execPath, [...nodeArgs, script], {
      timeout: 30_000,
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    return { status: run.status, stdout: run.stdout.toString(), stderr: run.stderr.toString() };
  }

  it('runs its workers from dist in plain node, and idle workers let the process exit', () => {
    const run = runWithDist(
      'sign-with-dist.mjs',
      `const credentials = await digest.generateGostCredentials();
      const signature = await new digest.SoftwareGostSigner(credentials).sign('a=1');
      const check = await digest.verifyDigestSignature({ text: 'a=1', base64Encoded: signature.base64Encoded });
      console.log(JSON.stringify({ valid: check.valid }));`,
    );

    expect(run).toEqual({ status: 0, stdout: `${JSON.stringify({ valid: true })}\n`, stderr: '' });
  }, 60_000);

  it('rejects with a GostComputationError, class and step kept, when the arithmetic fails on a worker', () => {
    const zeroRandomSource = fileURLToPath(
      new URL('./fixtures/zero-random-source.cjs', import.meta.url),
    );

    const run = runWithDist(
      'fail-on-worker.mjs',
      `const pool = new digest.GostWorkerPool({ size: 1 });
      const error = await pool.createCredentials().catch((caught) => caught);
      await pool.close();
      console.log(JSON.stringify({
        isGostComputationError: error instanceof digest.GostComputationError,
        name: error.name,
        code: error.code,
        step: error.step,
      }));`,
      ['--require', zeroRandomSource],
    );

    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      isGostComputationError: true,
      name: 'GostComputationError',
      code: 'GOST_COMPUTATION_FAILED',
      step: 'random-scalar',
    });
  }, 60_000);
});
