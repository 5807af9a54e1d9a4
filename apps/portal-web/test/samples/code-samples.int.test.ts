import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import samples from '../../src/generated/sber-business-cards.samples.json' with { type: 'json' };
import { typescriptSample } from '../../src/reference/code-samples.js';
import { FIRST_CALL, FOLLOW, SIGN } from '../../src/reference/getting-started-code.js';
import { PACKAGE_ROOT } from '../browser/site-build.js';

/**
 * The reference's TypeScript samples compiled by the TypeScript compiler against the real types of
 * `@devportal/sber-client` (the workspace's sources, as the site depends on them), as a partner's
 * project would: a renamed method or a changed argument fails here, not on a partner's desk.
 */
const SCRATCH = join(PACKAGE_ROOT, 'test-artifacts', 'samples');

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.Preserve,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: ['node'],
};

async function diagnosticsOf(files: Record<string, string>): Promise<string[]> {
  await rm(SCRATCH, { recursive: true, force: true });
  await mkdir(SCRATCH, { recursive: true });
  const paths = await Promise.all(
    Object.entries(files).map(async ([name, source]) => {
      const path = join(SCRATCH, `${name}.ts`);
      await writeFile(path, source);
      return path;
    }),
  );
  const program = ts.createProgram(paths, COMPILER_OPTIONS);
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (diagnostic) =>
        `${diagnostic.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`,
    );
}

describe('the generated TypeScript samples', () => {
  it('compile against @devportal/sber-client, through the gateway and to the bank', async () => {
    const files = Object.fromEntries(
      Object.entries(samples).flatMap(([operationId, sample]) => [
        [`${operationId}.gateway`, sample.typescriptGateway],
        [`${operationId}.bank`, sample.typescriptBank],
      ]),
    );
    expect(Object.keys(files)).toHaveLength(10);
    expect(await diagnosticsOf(files)).toEqual([]);
  });

  it('of getting started compile against @devportal/sber-client and @devportal/digest', async () => {
    expect(await diagnosticsOf({ FIRST_CALL, SIGN, FOLLOW })).toEqual([]);
  });

  it('fail to compile when a sample calls the client wrongly', async () => {
    const wrong = typescriptSample(
      'getCorporateCard',
      { pathParameter: 'ccf62938-cbda-4785-a008-12bd300bef80' },
      'gateway',
    ).replace('client.getCorporateCard(', 'client.getCorporateCards(');

    const diagnostics = await diagnosticsOf({ wrong });

    expect(diagnostics.join('\n')).toContain("Property 'getCorporateCards' does not exist");
  });
});
