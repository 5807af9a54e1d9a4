// GOST from an npm install of the digest tarball: builds, packs and npm-installs the published
// packages into a scratch project in the OS temp folder (as the smoke tests do), then runs
// `scratch/gost-from-npm.ts` there for GOST_CYCLES keygen+sign+verify cycles (20,000 unless set).
// Prints and writes `bench/results.json`, which bench-report reads as "GOST from an npm install".
// Run: pnpm --filter @devportal/package-smoke bench
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { machineFacts } from '@devportal/bench-report';
import { installScratchProject, timingsInto } from '../src/scratch-project.js';
import { runGostFromNpm } from '../test/gost-from-npm-run.js';

const CYCLES = Number(process.env.GOST_CYCLES ?? 20_000);
const DIGEST = '@devportal/digest';

const machine = machineFacts();
const work = mkdtempSync(join(tmpdir(), 'devportal-gost-bench-'));
try {
  const installMs: Record<string, number> = {};
  const packed = await installScratchProject(work, timingsInto(installMs));
  const digest = packed.find((published) => published.name === DIGEST);
  if (digest === undefined) throw new Error(`${DIGEST} is not among the packed packages`);

  const run = await runGostFromNpm(join(work, 'project'), CYCLES);
  const results = {
    measuredAt: new Date().toISOString(),
    machine,
    digest: {
      name: digest.name,
      version: digest.manifest.version,
      tarball: basename(digest.tarball),
    },
    installMs,
    ...run,
  };
  const json = `${JSON.stringify(results, null, 2)}\n`;
  process.stdout.write(json);
  writeFileSync(new URL('./results.json', import.meta.url), json);
} finally {
  rmSync(work, { recursive: true, force: true });
}
