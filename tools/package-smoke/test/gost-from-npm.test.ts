import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { runIn } from '../src/scratch-project.js';
import { runGostFromNpm } from './gost-from-npm-run.js';

const TIMEOUT_MS = 240_000;
// Enough to meet a defect of the old library's kind (9 in 24,000 cycles) only by luck here;
// `pnpm --filter @devportal/package-smoke bench` runs the same script for 20,000 cycles.
const CYCLES = 200;

describe('GOST from an npm install of @devportal/digest', () => {
  const project = inject('scratchProject');

  it(
    `verifies the limit change's known raw signature and signs it in ${CYCLES} keygen+sign+verify cycles without a failure`,
    async () => {
      const run = await runGostFromNpm(project, CYCLES);

      expect(run).toMatchObject({
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
