// `pnpm check:packages`: builds and packs every published package, then lints each tarball
// with publint (strict: warnings fail) and @arethetypeswrong/cli (ESM-only profile), and checks
// what the tarball holds. Exits 1 when anything fails.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  buildPackages,
  type PackedPackage,
  packPackages,
  publishedPackages,
} from './packed-packages.js';
import { tarballProblems } from './tarball-contents.js';

const bin = (name: string) =>
  fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

interface Verdict {
  readonly tool: string;
  readonly ok: boolean;
  readonly output: string;
}

async function runTool(tool: string, command: string, args: readonly string[]): Promise<Verdict> {
  try {
    await promisify(execFile)(command, args, { encoding: 'utf8' });
    return { tool, ok: true, output: '' };
  } catch (error) {
    const {
      stdout = '',
      stderr = '',
      message,
    } = error as Error & {
      stdout?: string;
      stderr?: string;
    };
    return { tool, ok: false, output: `${stdout}${stderr}` || message };
  }
}

/** Checks one tarball; resolves to its report and the number of failed checks. */
async function checkTarball(packed: PackedPackage): Promise<{ report: string; failed: number }> {
  const problems = tarballProblems(packed);
  const verdicts: Verdict[] = [
    { tool: 'contents', ok: problems.length === 0, output: problems.join('\n') },
    ...(await Promise.all([
      runTool('publint', bin('publint'), ['run', '--strict', packed.tarball]),
      runTool('attw', bin('attw'), [packed.tarball, '--profile', 'esm-only', '--format', 'ascii']),
    ])),
  ];
  const summary = verdicts.map(({ tool, ok }) => `${tool} ${ok ? 'ok' : 'FAILED'}`).join(', ');
  const failed = verdicts.filter(({ ok }) => !ok);
  const details = failed.map(
    ({ tool, output }) => `\n--- ${tool} on ${packed.name}\n${output.trim()}\n`,
  );
  const heading = `${packed.name}@${packed.manifest.version} (${packed.files.length} files): ${summary}`;
  return { report: [heading, ...details].join('\n'), failed: failed.length };
}

const seconds = (from: number, to = performance.now()) => ((to - from) / 1000).toFixed(1);
const started = performance.now();
const packages = publishedPackages();
console.log(`Building and packing ${packages.map(({ name }) => name).join(', ')}`);
const destination = mkdtempSync(join(tmpdir(), 'devportal-packs-'));
let failures = 0;
try {
  buildPackages(packages);
  const built = performance.now();
  const tarballs = packPackages(packages, destination);
  const packed = performance.now();
  // attw spends most of its time loading TypeScript: the tarballs are checked side by side
  const checks = await Promise.all(tarballs.map(checkTarball));
  console.log(
    `build ${seconds(started, built)} s, pack ${seconds(built, packed)} s, checks ${seconds(packed)} s`,
  );
  for (const { report, failed } of checks) {
    console.log(report);
    failures += failed;
  }
} catch (error) {
  // a failed build or pack: its output, not a stack trace
  console.error(error instanceof Error ? error.message : error);
  failures += 1;
} finally {
  rmSync(destination, { recursive: true, force: true });
}

if (failures > 0) {
  console.error(`${failures} check(s) failed (${seconds(started)} s)`);
  process.exitCode = 1;
} else {
  console.log(
    `All published packages pass publint, attw and the contents check (${seconds(started)} s)`,
  );
}
