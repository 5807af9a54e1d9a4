import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  buildPackages,
  type PackedPackage,
  packPackages,
  publishedPackages,
  REPO_ROOT,
  readManifest,
} from './packed-packages.js';

const exec = promisify(execFile);
const SCRATCH_SOURCES = new URL('../scratch/', import.meta.url);
const SMOKE_MANIFEST = readManifest(fileURLToPath(new URL('..', import.meta.url)));

/** Runs a command in the scratch project; a failure carries its output. */
export async function runIn(
  cwd: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  try {
    const { stdout } = await exec(command, args, { cwd, encoding: 'utf8', env });
    return stdout;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed\n${stdout}${stderr}`, { cause: error });
  }
}

/** Runs a compiled script with node; resolves to the JSON the script prints on its last line. */
export async function runScript(cwd: string, script: string): Promise<unknown> {
  const output = await runIn(cwd, process.execPath, [script]);
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}');
}

/**
 * A scratch project in the OS temp folder, far from the workspace's node_modules, that
 * depends on the tarballs as `file:` paths and on the rest through the npm registry (npm's
 * cache keeps repeated runs offline). `overrides` make the clients' `^0.1.0` range on
 * `@devportal/http-transport` take the tarball rather than anything of that name on the registry.
 */
function scratchManifest(packed: readonly PackedPackage[]): object {
  const root = readManifest(REPO_ROOT);
  const tarballs = Object.fromEntries(packed.map(({ name, tarball }) => [name, `file:${tarball}`]));
  return {
    name: 'devportal-scratch',
    private: true,
    type: 'module',
    dependencies: tarballs,
    devDependencies: {
      typescript: root.devDependencies?.typescript,
      '@types/node': root.devDependencies?.['@types/node'],
      esbuild: SMOKE_MANIFEST.devDependencies?.esbuild,
    },
    overrides: Object.fromEntries(packed.map(({ name }) => [name, `$${name}`])),
  };
}

/** Times a step of the setup. */
export type Timed = <T>(step: string, action: () => T | Promise<T>) => Promise<T>;

/** A {@link Timed} that records each step's duration in `timings`, in whole milliseconds. */
export function timingsInto(timings: Record<string, number>): Timed {
  return async (step, action) => {
    const started = performance.now();
    try {
      return await action();
    } finally {
      timings[step] = Math.round(performance.now() - started);
    }
  };
}

/**
 * Builds and packs the published packages, and `npm install`s their tarballs into
 * `work/project`, holding a copy of `scratch/`. Returns the packed packages.
 */
export async function installScratchProject(work: string, timed: Timed): Promise<PackedPackage[]> {
  const project = join(work, 'project');
  const packages = publishedPackages();
  await timed('build', () => buildPackages(packages));
  mkdirSync(join(work, 'tarballs'));
  const packed = await timed('pack', () => packPackages(packages, join(work, 'tarballs')));
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify(scratchManifest(packed), null, 2));
  cpSync(fileURLToPath(SCRATCH_SOURCES), project, { recursive: true });
  await timed('npm install', () =>
    runIn(project, 'npm', [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
    ]),
  );
  return packed;
}
