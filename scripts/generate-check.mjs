// Regenerates every generated file from the specs and fails when the committed copy differs.
import { execSync } from 'node:child_process';

execSync('pnpm -s turbo run generate --force --output-logs=errors-only', { stdio: 'inherit' });
try {
  execSync('git diff --exit-code --stat -- "**/src/generated/**"', { stdio: 'inherit' });
  const untracked = execSync('git ls-files --others --exclude-standard -- "**/src/generated/**"')
    .toString()
    .trim();
  if (untracked) throw new Error(`untracked generated files:\n${untracked}`);
  console.log('Generated code is up to date with spec/.');
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error));
  console.error('Generated code is stale. To fix this, run: pnpm generate (and commit the result)');
  process.exit(1);
}
