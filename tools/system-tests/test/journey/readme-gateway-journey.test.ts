import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  installScratchProject,
  runIn,
  timingsInto,
} from '@devportal/package-smoke/scratch-project';
import { readmeCodeBlock } from '@devportal/test-support/readme-code-block';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { portalOk, signUp, subscribedApplication } from '../support/stack-session.js';
import '../support/provided-context.js';

/** A partner's strict TypeScript project on Node (no DOM types: `fetch` answers `unknown` JSON). */
const PARTNER_COMPILER_OPTIONS = [
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
  '--outDir',
  'build',
];
const INSTALL_TIMEOUT_MS = 240_000;

// The published packages as a partner gets them: packed, then installed with npm in a project in
// the OS temp folder, far from the workspace's node_modules.
let work: string;
let project: string;
const installMs: Record<string, number> = {};

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'devportal-gateway-journey-'));
  project = join(work, 'project');
  await installScratchProject(work, timingsInto(installMs));
  console.info(`gateway journey: scratch install timings (ms) ${JSON.stringify(installMs)}`);
}, INSTALL_TIMEOUT_MS);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe("sber-client's README, the whole journey through the gateway", () => {
  it('type-checks and runs as written from an npm install, with a Client ID and Client Secret from the portal, up to IMPLEMENTED', async () => {
    // Prepare: a partner signs up, creates an organisation and an application on the sandbox plan
    const owner = await signUp('journey');
    const organisation = await portalOk(owner, 'POST', '/v1/organizations', {
      body: { name: 'Journey' },
    });
    const application = await subscribedApplication(owner, organisation.id, 'sandbox');
    const gatewayUrl = inject('stackUrl');
    expect(inject('gatewayTokenUrl')).toBe(`${gatewayUrl}/oauth/token`);
    const installedReadme = join(project, 'node_modules/@devportal/sber-client/README.md');
    const block = readmeCodeBlock(
      await readFile(installedReadme, 'utf8'),
      'The whole journey through the gateway',
      'ts',
    );
    await writeFile(join(project, 'gateway-journey.mts'), block);

    // Act: compiled as a partner's project with its own TypeScript, then run with node (each
    // rejects on a non-zero exit code)
    await runIn(project, join(project, 'node_modules/.bin/tsc'), [
      ...PARTNER_COMPILER_OPTIONS,
      'gateway-journey.mts',
    ]);
    const printed = await runIn(project, process.execPath, ['build/gateway-journey.mjs'], {
      ...process.env,
      DEVPORTAL_GATEWAY_URL: gatewayUrl,
      DEVPORTAL_CLIENT_ID: application.clientId,
      DEVPORTAL_CLIENT_SECRET: application.clientSecret,
    });

    // Assess
    const summary = JSON.parse(printed.trim().split('\n').at(-1) ?? '');
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
