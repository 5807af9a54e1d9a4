import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { bundleAsDeployed, lambdaEntryOf } from '../../src/index.js';
import './provided-bundles.js';

/** Vitest `globalSetup`: the deployed functions bundled once per run, as infra bundles them. */
export default async function setup(project: TestProject): Promise<() => void> {
  const directory = mkdtempSync(join(tmpdir(), 'devportal-lambda-lifecycle-'));
  const cardsGateway = join(directory, 'cards-gateway', 'index.mjs');
  const statusSync = join(directory, 'status-sync', 'index.mjs');
  const portalApi = join(directory, 'portal-api', 'index.mjs');
  await Promise.all([
    bundleAsDeployed(lambdaEntryOf('cards-gateway'), cardsGateway),
    bundleAsDeployed(lambdaEntryOf('status-sync'), statusSync),
    bundleAsDeployed(lambdaEntryOf('portal-api'), portalApi),
  ]);
  project.provide('bundles', { cardsGateway, statusSync, portalApi });
  return () => rmSync(directory, { recursive: true, force: true });
}
