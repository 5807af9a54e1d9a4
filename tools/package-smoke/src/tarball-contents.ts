import { execFileSync } from 'node:child_process';
import type { PackageManifest, PackedPackage } from './packed-packages.js';

/** The package.json inside a tarball, as npm users receive it. */
export function packedManifest(tarball: string): PackageManifest {
  const text = execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], {
    encoding: 'utf8',
  });
  return JSON.parse(text) as PackageManifest;
}

const DOCUMENTS = new Set(['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE']);

/**
 * What publint and attw do not look at: the tarball carries its licence and README, only
 * built code and the JSON configuration it reads (no sources, tests or build info), and no
 * `workspace:` range npm could not resolve. Returns one line per problem.
 */
export function tarballProblems(packed: PackedPackage): string[] {
  const problems: string[] = [];
  for (const required of ['README.md', 'LICENSE']) {
    if (!packed.files.includes(required)) problems.push(`${required} is missing`);
  }
  for (const file of packed.files) {
    const shipped =
      DOCUMENTS.has(file) ||
      (file.startsWith('dist/') && !file.endsWith('.tsbuildinfo')) ||
      file.startsWith('bin/') ||
      (file.startsWith('config/') && file.endsWith('.json'));
    if (!shipped) problems.push(`${file} should not be published`);
  }
  const manifest = packedManifest(packed.tarball);
  for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
    if (range.startsWith('workspace:')) problems.push(`dependency ${name} is still ${range}`);
  }
  if (JSON.stringify(manifest.exports).includes('./src/')) {
    problems.push('exports point into src/: publishConfig.exports was not applied');
  }
  return problems;
}
