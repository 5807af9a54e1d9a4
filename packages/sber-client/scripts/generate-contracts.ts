// Writes (or, with --check, verifies) src/generated/sber-business-cards.patterns.ts.
// `--spec <file>` reads another copy of the spec (the drift test uses it).
import { readFileSync, writeFileSync } from 'node:fs';
import { renderContracts } from './render-contracts.js';

const specFlag = process.argv.indexOf('--spec');
const specUrl =
  specFlag === -1
    ? new URL('../../../spec/sber-business-cards.yaml', import.meta.url)
    : new URL(process.argv[specFlag + 1] ?? '', `file://${process.cwd()}/`);
const outputUrl = new URL('../src/generated/sber-business-cards.patterns.ts', import.meta.url);

const rendered = renderContracts(readFileSync(specUrl, 'utf8'));
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(outputUrl, 'utf8');
  } catch {
    // A missing file is stale too; the message below says how to create it.
  }
  if (committed !== rendered) {
    console.error(
      'src/generated/sber-business-cards.patterns.ts is stale. To fix this, run: pnpm --filter @devportal/sber-client generate',
    );
    process.exit(1);
  }
} else {
  writeFileSync(outputUrl, rendered);
}
