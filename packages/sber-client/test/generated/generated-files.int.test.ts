import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { renderContracts } from '../../scripts/render-contracts.js';

const packageDir = fileURLToPath(new URL('../../', import.meta.url));
const specText = readFileSync(
  new URL('../../../../spec/sber-business-cards.yaml', import.meta.url),
  'utf8',
);
const committedContracts = readFileSync(
  new URL('../../src/generated/sber-business-cards.patterns.ts', import.meta.url),
  'utf8',
);

describe('generated files', () => {
  it('the committed contracts are what the spec renders to', () => {
    // Act
    const rendered = renderContracts(specText);

    // Assess
    expect(rendered).toBe(committedContracts);
  });

  it('a changed pattern in the spec changes the rendered contracts', () => {
    // Prepare
    const drifted = specText.replace('^[a-zA-Z0-9._ -]{1,19}$', '^[A-Z_]{1,19}$');

    // Act
    const rendered = renderContracts(drifted);

    // Assess
    expect(rendered).not.toBe(committedContracts);
    expect(rendered).toContain('^[A-Z_]{1,19}$');
  });

  it('the committed types are what openapi-typescript makes of the spec', async () => {
    // Act
    const run = promisify(execFile)(
      'node_modules/.bin/openapi-typescript',
      [
        '../../spec/sber-business-cards.yaml',
        '-o',
        'src/generated/sber-business-cards.ts',
        '--check',
      ],
      { cwd: packageDir },
    );

    // Assess
    await expect(run).resolves.toBeDefined();
  });

  it('the check fails on a drifted spec and names the command that fixes it', async () => {
    // Prepare
    const driftedSpec = join(mkdtempSync(join(tmpdir(), 'sber-spec-')), 'drifted.yaml');
    writeFileSync(driftedSpec, specText.replace('maxItems: 2', 'maxItems: 3'));

    // Act
    const run = promisify(execFile)(
      'node',
      ['--import', 'tsx', 'scripts/generate-contracts.ts', '--check', '--spec', driftedSpec],
      { cwd: packageDir },
    );

    // Assess
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(
        'To fix this, run: pnpm --filter @devportal/sber-client generate',
      ),
    });
  });
});
