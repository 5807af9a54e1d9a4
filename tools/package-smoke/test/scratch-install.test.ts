import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackedPackage } from '../src/packed-packages.js';
import { packedManifest, tarballProblems } from '../src/tarball-contents.js';
import { installScratchProject, runIn } from './scratch-project.js';

const TIMEOUT_MS = 240_000;

describe('the published packages, installed from their tarballs outside the workspace', () => {
  const work = mkdtempSync(join(tmpdir(), 'devportal-smoke-'));
  const project = join(work, 'project');
  const timings: Record<string, number> = {};
  let packed: PackedPackage[] = [];

  async function timed<T>(step: string, action: () => T | Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await action();
    } finally {
      timings[step] = Math.round(performance.now() - started);
    }
  }

  beforeAll(async () => {
    packed = await installScratchProject(work, timed);
  }, TIMEOUT_MS);

  afterAll(() => {
    console.log(`scratch install timings (ms): ${JSON.stringify(timings)}`);
    rmSync(work, { recursive: true, force: true });
  });

  it('packs the four packages with dist, README and LICENSE only', () => {
    expect(packed.map(({ name }) => name).sort()).toEqual([
      '@devportal/digest',
      '@devportal/http-transport',
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
    for (const client of ['sber-client', 'portal-client']) {
      const nested = join(project, 'node_modules/@devportal', client, 'node_modules/@devportal');
      expect(existsSync(nested)).toBe(false);
    }
  });

  it(
    'type-checks the usage example with module NodeNext against the published declarations',
    async () => {
      // emits too (noEmitOnError), so that the next test runs exactly what was checked
      await timed('tsc', () => runIn(project, join(project, 'node_modules/.bin/tsc'), ['-p', '.']));
      expect(existsSync(join(project, 'build/example.js'))).toBe(true);
    },
    TIMEOUT_MS,
  );

  it(
    'runs the example with node: transport retries, both clients, a status-sync run followed to its report and its 429, digest and signature on worker threads, a streamed body capped and a webhook delivery verified',
    async () => {
      const output = await timed('node example', () =>
        runIn(project, process.execPath, ['build/example.js']),
      );
      expect(JSON.parse(output.trim().split('\n').at(-1) ?? '{}')).toMatchObject({
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
});
