import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import './provided-context.js';
import { installScratchProject, timingsInto } from '../src/scratch-project.js';

/**
 * Builds, packs and npm-installs the published packages once for the whole run: every test file
 * reads the same scratch project, in the OS temp folder, removed when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const work = mkdtempSync(join(tmpdir(), 'devportal-smoke-'));
  const remove = () => rmSync(work, { recursive: true, force: true });
  const timings: Record<string, number> = {};
  try {
    project.provide('packedPackages', await installScratchProject(work, timingsInto(timings)));
  } catch (error) {
    remove();
    throw error;
  }
  project.provide('scratchProject', join(work, 'project'));
  project.provide('scratchInstallTimings', timings);
  return remove;
}
