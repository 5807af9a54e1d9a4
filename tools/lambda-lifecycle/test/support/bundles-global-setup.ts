import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { bundleAsDeployed, lambdaEntryOf } from '../../src/index.js';
import './provided-bundles.js';

/** Vitest `globalSetup`: the gateway and the sync bundled once per run, as infra bundles them. */
export default async function setup(project: TestProject): Promise<() => void> {
  const directory = mkdtempSync(join(tmpdir(), 'devportal-lambda-lifecycle-'));
  const cardsGateway = join(directory, 'cards-gateway', 'index.mjs');
  const statusSync = join(directory, 'status-sync', 'index.mjs');
  await Promise.all([
    bundleAsDeployed(lambdaEntryOf('cards-gateway'), cardsGateway),
    bundleAsDeployed(lambdaEntryOf('status-sync'), statusSync),
  ]);
  project.provide('bundles', { cardsGateway, statusSync });
  return () => rmSync(directory, { recursive: true, force: true });
}
