// `pnpm check:packages`: builds and packs every published package, then lints each tarball
// with publint (strict: warnings fail) and @arethetypeswrong/cli (ESM-only profile), and checks
// what the tarball holds. Exits 1 when anything fails.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPackages, packPackages, publishedPackages } from './packed-packages.js';
import { tarballProblems } from './tarball-contents.js';

const bin = (name: string) =>
  fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

interface Verdict {
  readonly tool: string;
  readonly ok: boolean;
  readonly output: string;
}

function runTool(tool: string, command: string, args: readonly string[]): Verdict {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}`;
  return { tool, ok: result.status === 0, output };
}

const started = performance.now();
const packages = publishedPackages();
console.log(`Building ${packages.map(({ name }) => name).join(', ')}`);
buildPackages(packages);

const destination = mkdtempSync(join(tmpdir(), 'devportal-packs-'));
let failures = 0;
try {
  for (const packed of packPackages(packages, destination)) {
    const problems = tarballProblems(packed);
    const verdicts: Verdict[] = [
      { tool: 'contents', ok: problems.length === 0, output: problems.join('\n') },
      runTool('publint', bin('publint'), ['run', '--strict', packed.tarball]),
      runTool('attw', bin('attw'), [packed.tarball, '--profile', 'esm-only', '--format', 'ascii']),
    ];
    const summary = verdicts.map(({ tool, ok }) => `${tool} ${ok ? 'ok' : 'FAILED'}`).join(', ');
    console.log(
      `${packed.name}@${packed.manifest.version} (${packed.files.length} files): ${summary}`,
    );
    for (const verdict of verdicts.filter(({ ok }) => !ok)) {
      failures += 1;
      console.log(`\n--- ${verdict.tool} on ${packed.name}\n${verdict.output.trim()}\n`);
    }
  }
} finally {
  rmSync(destination, { recursive: true, force: true });
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (failures > 0) {
  console.error(`${failures} check(s) failed (${seconds} s)`);
  process.exitCode = 1;
} else {
  console.log(`All published packages pass publint, attw and the contents check (${seconds} s)`);
}
