import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo's root folder. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The fields of a package.json this tool reads. */
export interface PackageManifest {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
  readonly exports?: unknown;
}

/** A package of `packages/` or `apps/` that is published to npm. */
export interface PublishedPackage {
  readonly name: string;
  readonly dir: string;
  readonly manifest: PackageManifest;
}

/** A published package after `pnpm pack`: its tarball and what npm would receive. */
export interface PackedPackage extends PublishedPackage {
  readonly tarball: string;
  /** paths inside the tarball, relative to its `package/` folder */
  readonly files: readonly string[];
}

export function readManifest(dir: string): PackageManifest {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageManifest;
}

/**
 * Every package under `packages/` and `apps/` that is not private, in folder order: the libraries
 * and the bank sandbox partners run in their own tests.
 */
export function publishedPackages(): PublishedPackage[] {
  return ['packages', 'apps']
    .map((folder) => join(REPO_ROOT, folder))
    .flatMap((parent) =>
      readdirSync(parent, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => join(parent, entry.name)),
    )
    .map((dir) => ({ dir, manifest: readManifest(dir) }))
    .filter(({ manifest }) => !manifest.private)
    .map(({ dir, manifest }) => ({ name: manifest.name, dir, manifest }));
}

function run(command: string, args: readonly string[], cwd: string): string {
  try {
    return execFileSync(command, args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1' },
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}\n${stdout}${stderr}`, {
      cause: error,
    });
  }
}

/**
 * Builds the packages through turbo, so a build that is already up to date (as under
 * `pnpm test`, where the smoke test depends on `^build`) is restored from its cache.
 */
export function buildPackages(packages: readonly PublishedPackage[]): void {
  const filters = packages.map(({ name }) => `--filter=${name}`);
  run(
    'pnpm',
    ['exec', 'turbo', 'run', 'build', ...filters, '--output-logs=errors-only'],
    REPO_ROOT,
  );
}

/**
 * `pnpm pack`s each package into `destination`. pnpm, unlike npm, applies `publishConfig`
 * (the `exports` into `dist/`) and turns `workspace:` ranges into versions, so the
 * tarballs are what `pnpm publish` would upload.
 */
export function packPackages(
  packages: readonly PublishedPackage[],
  destination: string,
): PackedPackage[] {
  return packages.map((published) => {
    const output = run(
      'pnpm',
      ['pack', '--json', '--pack-destination', destination],
      published.dir,
    );
    const packed = JSON.parse(output) as { filename: string; files: Array<{ path: string }> };
    return { ...published, tarball: packed.filename, files: packed.files.map(({ path }) => path) };
  });
}
