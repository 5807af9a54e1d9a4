import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readmeCodeBlock } from '@devportal/test-support/readme-code-block';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runIn, runScript, timingsInto } from '../src/scratch-project.js';
import { packedManifest, tarballProblems } from '../src/tarball-contents.js';

const TIMEOUT_MS = 240_000;

describe('the published packages, installed from their tarballs outside the workspace', () => {
  const project = inject('scratchProject');
  const packed = inject('packedPackages');
  const timings = { ...inject('scratchInstallTimings') };
  const timed = timingsInto(timings);

  beforeAll(() => {
    const sandboxReadme = join(project, 'node_modules/@devportal/bank-sandbox/README.md');
    writeFileSync(
      join(project, 'readme-journey.ts'),
      readmeCodeBlock(readFileSync(sandboxReadme, 'utf8'), "In a partner's CI", 'ts'),
    );
  });

  afterAll(() => console.log(`scratch install timings (ms): ${JSON.stringify(timings)}`));

  it('packs the six packages with dist, README and LICENSE only', () => {
    expect(packed.map(({ name }) => name).sort()).toEqual([
      '@devportal/bank-sandbox',
      '@devportal/digest',
      '@devportal/http-transport',
      '@devportal/openapi-contract',
      '@devportal/portal-client',
      '@devportal/sber-client',
    ]);
    expect(packed.map((each) => [each.name, tarballProblems(each)])).toEqual(
      packed.map(({ name }) => [name, []]),
    );
  });

  it('turns workspace ranges into versions the tarballs satisfy', () => {
    const transport = packed.find(({ name }) => name === '@devportal/http-transport');
    const expected = `^${transport?.manifest.version}`;
    for (const client of ['@devportal/sber-client', '@devportal/portal-client']) {
      const tarball = packed.find(({ name }) => name === client)?.tarball ?? '';
      expect(packedManifest(tarball).dependencies?.['@devportal/http-transport']).toBe(expected);
    }
    // one copy of the transport, the tarball's, shared by both clients
    for (const client of ['sber-client', 'portal-client', 'digest', 'bank-sandbox']) {
      const nested = join(project, 'node_modules/@devportal', client, 'node_modules/@devportal');
      expect(existsSync(nested)).toBe(false);
    }
  });

  it('ships in the sandbox what it reads: the bank contract, its OAuth clients and its command', () => {
    const sandbox = packed.find(({ name }) => name === '@devportal/bank-sandbox');
    expect(sandbox?.files).toEqual(
      expect.arrayContaining([
        'dist/spec/sber-business-cards.yaml',
        'config/oauth-clients.json',
        'bin/bank-sandbox.js',
      ]),
    );
    const manifest = packedManifest(sandbox?.tarball ?? '');
    expect(manifest.private).toBeUndefined();
    expect(Object.keys(manifest.dependencies ?? {}).sort()).toEqual([
      '@devportal/digest',
      '@devportal/openapi-contract',
      '@devportal/sber-client',
    ]);
  });

  it(
    "type-checks the usage example, the sandbox journey and the sandbox README's CI code block with module NodeNext against the published declarations",
    async () => {
      // emits too (noEmitOnError), so that the next tests run exactly what was checked
      await timed('tsc', () => runIn(project, join(project, 'node_modules/.bin/tsc'), ['-p', '.']));
      expect(existsSync(join(project, 'build/example.js'))).toBe(true);
      expect(existsSync(join(project, 'build/sandbox-journey.js'))).toBe(true);
      expect(existsSync(join(project, 'build/readme-journey.js'))).toBe(true);
    },
    TIMEOUT_MS,
  );

  it(
    'runs the example with node: transport retries, both clients, a status-sync run followed to its report and its 429, digest and signature on worker threads, a streamed body capped and a webhook delivery verified',
    async () => {
      const printed = await timed('node example', () => runScript(project, 'build/example.js'));
      expect(printed).toMatchObject({
        ok: true,
        digestLines: 4,
        sberClientVersion: packed.find(({ name }) => name === '@devportal/sber-client')?.manifest
          .version,
      });
    },
    TIMEOUT_MS,
  );

  it(
    'runs the devportal-digest command from the installed bin',
    async () => {
      const change = {
        businessCardId: 'ccf62938-cbda-4785-a008-12bd300bef80',
        limit: 2650000,
        code: 'NON_RENEW',
        externalId: '31663ef5-7975-4016-b0f3-f1d70a4e9c22',
      };
      writeFileSync(join(project, 'change.json'), JSON.stringify(change));
      const output = await runIn(project, join(project, 'node_modules/.bin/devportal-digest'), [
        'digest',
        'change.json',
      ]);
      expect(output).toBe(
        'businessCardId=ccf62938-cbda-4785-a008-12bd300bef80\ncode=NON_RENEW\n' +
          'externalId=31663ef5-7975-4016-b0f3-f1d70a4e9c22\nlimit=2650000.00',
      );
    },
    TIMEOUT_MS,
  );

  it(
    "runs the sandbox README's CI code block against the sandbox started with its installed command on a free port: PKCE token, every card, a limit, a change signed with a test key, a dropped answer injected, IMPLEMENTED",
    async () => {
      const printed = await timed('sandbox journey', () =>
        runScript(project, 'build/sandbox-journey.js'),
      );
      expect(printed).toEqual({
        ok: true,
        activeCards: 148,
        bankStatus: 'IMPLEMENTED',
        limit: 150000,
        sandboxExitCode: 0,
      });
    },
    TIMEOUT_MS,
  );

  it(
    'type-checks the same sources with module preserve and moduleResolution bundler',
    async () => {
      await timed('tsc bundler', () =>
        runIn(project, join(project, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.bundler.json']),
      );
    },
    TIMEOUT_MS,
  );

  it(
    'type-checks a CommonJS project (module NodeNext) importing every package, and runs it with node through require(esm)',
    async () => {
      const cjs = join(project, 'cjs');
      await timed('tsc cjs', () => runIn(cjs, join(project, 'node_modules/.bin/tsc'), ['-p', '.']));
      const compiled = join(cjs, 'build/every-package.js');
      expect(readFileSync(compiled, 'utf8')).toContain('require("@devportal/sber-client")');
      const printed = await timed('node cjs', () => runScript(cjs, compiled));
      expect(printed).toEqual({
        ok: true,
        moduleSystem: 'commonjs',
        activeCardsOnFirstPage: 50,
      });
    },
    TIMEOUT_MS,
  );

  it(
    'fails to resolve the packages under moduleResolution node10, as the documentation says',
    async () => {
      const cjs = join(project, 'cjs');
      const failure = await timed('tsc node10', () =>
        runIn(cjs, join(project, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.node10.json']).then(
          () => new Error('tsc accepted node10 resolution'),
          (error: Error) => error,
        ),
      );
      const unresolved = [
        ...failure.message.matchAll(/error TS2307: Cannot find module '([^']+)'/g),
      ];
      expect(unresolved.map(([, name]) => name).sort()).toEqual([
        '@devportal/bank-sandbox',
        '@devportal/digest',
        '@devportal/http-transport',
        '@devportal/portal-client',
        '@devportal/sber-client',
        '@devportal/sber-client/contract',
      ]);
    },
    TIMEOUT_MS,
  );

  it(
    'bundles one operation of the bank client for the browser with esbuild from the npm install',
    async () => {
      await timed('esbuild', () =>
        runIn(project, join(project, 'node_modules/.bin/esbuild'), [
          'browser-entry.ts',
          '--bundle',
          '--platform=browser',
          '--format=esm',
          '--log-level=error',
          '--outfile=build/browser-entry.js',
        ]),
      );
      expect(readFileSync(join(project, 'build/browser-entry.js'), 'utf8')).toContain(
        'getCorporateCard',
      );
    },
    TIMEOUT_MS,
  );
});
