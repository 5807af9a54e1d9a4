import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

describe('generated types', () => {
  // Two generators each start a process: on a busy machine that outlasts the default timeout.
  it('the committed types and operation table are what spec/portal.yaml makes', async () => {
    // Act
    const check = run('pnpm', ['run', '--silent', 'generate:check'], { cwd: packageDir });

    // Assess
    await expect(check).resolves.toBeDefined();
  }, 60_000);

  it('a drifted spec fails the check', async () => {
    // Prepare
    const spec = readFileSync(new URL('../../../../spec/portal.yaml', import.meta.url), 'utf8');
    const drifted = join(mkdtempSync(join(tmpdir(), 'portal-spec-')), 'portal.yaml');
    writeFileSync(
      drifted,
      spec.replace(
        'enum: [Administrator, Developer, Observer]',
        'enum: [Administrator, Developer]',
      ),
    );

    // Act
    const check = run(
      'node_modules/.bin/openapi-typescript',
      [drifted, '-o', 'src/generated/portal.ts', '--check'],
      { cwd: packageDir },
    );

    // Assess
    await expect(check).rejects.toMatchObject({ code: 1 });
  });

  it('an operation without its client method fails the operation table', async () => {
    // Prepare
    const spec = readFileSync(new URL('../../../../spec/portal.yaml', import.meta.url), 'utf8');
    const drifted = join(mkdtempSync(join(tmpdir(), 'portal-spec-')), 'portal.yaml');
    writeFileSync(drifted, spec.replace(/^ +x-client-method: me\n/m, ''));

    // Act
    const check = run(
      'pnpm',
      ['exec', 'tsx', 'scripts/generate-operations.ts', drifted, '--check'],
      {
        cwd: packageDir,
      },
    );

    // Assess
    await expect(check).rejects.toMatchObject({
      stderr: expect.stringContaining('getMe'),
    });
  }, 60_000);
});
