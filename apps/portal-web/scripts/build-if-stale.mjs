// Builds the site before `pnpm start` when dist/ is missing or older than any source, so the
// local stack always serves the current site and an unchanged one starts without a build.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const builtAt = mtime(join(root, 'dist', 'index.html'));
const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'];
const newest = Math.max(...sources.map((source) => newestIn(join(root, source))));

if (builtAt === undefined || newest > builtAt) {
  console.log('portal-web: building the site…');
  execFileSync('pnpm', ['exec', 'vite', 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
}

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

function newestIn(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((entry) => newestIn(join(path, entry))));
}
