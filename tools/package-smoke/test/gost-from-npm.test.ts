import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { runIn } from './scratch-project.js';

const TIMEOUT_MS = 240_000;
// Enough to meet a defect of the old library's kind (9 in 24,000 cycles) only by luck here;
// `GOST_CYCLES=20000` through this same script gives the figure for the release notes.
const CYCLES = 200;

describe('GOST from an npm install of @devportal/digest', () => {
  const project = inject('scratchProject');

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
