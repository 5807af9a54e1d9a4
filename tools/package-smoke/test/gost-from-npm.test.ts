import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installScratchProject, runIn, type Timed } from './scratch-project.js';

const TIMEOUT_MS = 240_000;
// Enough to meet a defect of the old library's kind (9 in 24,000 cycles) only by luck here;
// `GOST_CYCLES=20000` through this same script gives the figure for the release notes.
const CYCLES = 200;

describe('GOST from an npm install of @devportal/digest', () => {
  const work = mkdtempSync(join(tmpdir(), 'devportal-gost-smoke-'));
  const project = join(work, 'project');
  const untimed: Timed = async (_step, action) => action();

  beforeAll(async () => {
    await installScratchProject(work, untimed);
  }, TIMEOUT_MS);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it(
    `verifies the limit change's known raw signature and signs it in ${CYCLES} keygen+sign+verify cycles without a failure`,
    async () => {
      await runIn(project, join(project, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.gost.json']);

      const output = await runIn(project, process.execPath, ['build/gost-from-npm.js'], {
        ...process.env,
        GOST_CYCLES: String(CYCLES),
      });

      expect(JSON.parse(output.trim())).toMatchObject({
        knownVectorValid: true,
        cycles: CYCLES,
        failures: 0,
        errors: {},
      });
    },
    TIMEOUT_MS,
  );

  it(
    'verifies the known raw signature with the installed devportal-digest command',
    async () => {
      const vector = JSON.parse(readFileSync(join(project, 'gost-known-vector.json'), 'utf8'));
      writeFileSync(join(project, 'limit-change.json'), JSON.stringify(vector.change));
      writeFileSync(join(project, 'known-vector.pem'), vector.certificatePem);

      const output = await runIn(project, join(project, 'node_modules/.bin/devportal-digest'), [
        'verify',
        '--format',
        'raw',
        '--cert',
        'known-vector.pem',
        '--signature',
        vector.rawSignature,
        'limit-change.json',
      ]);

      expect(output).toMatch(/^signature 1: valid \(certificate [0-9a-f-]{36}\)\n$/);
    },
    TIMEOUT_MS,
  );
});
