import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { readmeCodeBlock } from '@devportal/test-support/readme-code-block';
import { describe, expect, inject, it } from 'vitest';
import { portalOk, signUp, subscribedApplication } from '../support/stack-session.js';
import '../support/provided-context.js';

const run = promisify(execFile);
const packageDirectory = fileURLToPath(new URL('../..', import.meta.url));
const sberClientReadme = join(
  dirname(createRequire(import.meta.url).resolve('@devportal/sber-client/package.json')),
  'README.md',
);
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
const tscCli = createRequire(import.meta.url).resolve('typescript/bin/tsc');
/** A partner's strict TypeScript project on Node (no DOM types: `fetch` answers `unknown` JSON). */
const PARTNER_COMPILER_OPTIONS = [
  '--noEmit',
  '--strict',
  '--module',
  'nodenext',
  '--moduleResolution',
  'nodenext',
  '--target',
  'es2022',
  '--lib',
  'es2022',
  '--types',
  'node',
  '--skipLibCheck',
];

describe("sber-client's README, the whole journey through the gateway", () => {
  it('type-checks and runs as written with a Client ID and Client Secret from the portal, up to IMPLEMENTED', async () => {
    // Prepare: a partner signs up, creates an organisation and an application on the sandbox plan
    const owner = await signUp('journey');
    const organisation = await portalOk(owner, 'POST', '/v1/organizations', {
      body: { name: 'Journey' },
    });
    const application = await subscribedApplication(owner, organisation.id, 'sandbox');
    const gatewayUrl = inject('stackUrl');
    expect(inject('gatewayTokenUrl')).toBe(`${gatewayUrl}/oauth/token`);
    const block = readmeCodeBlock(
      await readFile(sberClientReadme, 'utf8'),
      'The whole journey through the gateway',
      'ts',
    );
    // Beside the package's node_modules, so the block's imports resolve as in a partner's project.
    const scratch = join(packageDirectory, 'node_modules', '.cache', 'readme-journey');
    const script = join(scratch, `journey-${randomUUID()}.mts`);
    await mkdir(scratch, { recursive: true });
    await writeFile(script, block);

    // Act: type-checked as a partner's project, then run (each rejects on a non-zero exit code)
    const finished = await run(process.execPath, [tscCli, ...PARTNER_COMPILER_OPTIONS, script], {
      cwd: packageDirectory,
    })
      .then(() =>
        run(process.execPath, [tsxCli, script], {
          cwd: packageDirectory,
          env: {
            ...process.env,
            DEVPORTAL_GATEWAY_URL: gatewayUrl,
            DEVPORTAL_CLIENT_ID: application.clientId,
            DEVPORTAL_CLIENT_SECRET: application.clientSecret,
          },
          timeout: 180_000,
        }),
      )
      .finally(() => rm(script, { force: true }));

    // Assess
    const summary = JSON.parse(finished.stdout.trim().split('\n').at(-1) ?? '');
    // Every card of the sandbox's demo company (seeded: 263 cards, 6 pages of 50), its first
    // card ACTIVE.
    expect(summary).toMatchObject({
      pages: 6,
      cards: 263,
      businessCardId: 'fb19ec13-b766-4389-8039-61ea42e9dd6d',
      outcome: 'created',
      bankStatus: 'IMPLEMENTED',
      limitAfter: 150000,
    });
  }, 240_000);
});
