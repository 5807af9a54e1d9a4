// Writes src/generated/operations.ts from spec/portal.yaml (or the spec file named as the
// argument): every operation's method and path, and the client method that calls it (the
// operation's `x-client-method`). With --check, writes nothing and fails when the committed file
// differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const specArgument = process.argv.slice(2).find((argument) => !argument.startsWith('--'));
const specUrl = specArgument
  ? pathToFileURL(specArgument)
  : new URL('../../../spec/portal.yaml', import.meta.url);
const outputUrl = new URL('../src/generated/operations.ts', import.meta.url);

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

type SpecOperation = { operationId?: string; 'x-client-method'?: string };
const document = parse(readFileSync(specUrl, 'utf8')) as {
  paths: Record<string, Record<string, SpecOperation>>;
};

const rows = Object.entries(document.paths).flatMap(([path, pathItem]) =>
  Object.entries(pathItem).flatMap(([method, operation]) => {
    if (!METHODS.includes(method)) return [];
    const { operationId, 'x-client-method': clientMethod } = operation;
    if (!operationId) throw new Error(`${method} ${path} has no operationId`);
    if (!clientMethod) throw new Error(`${operationId} has no x-client-method`);
    const verb = method.toUpperCase();
    return [
      `  ${operationId}: { method: '${verb}', path: '${path}', clientMethod: '${clientMethod}' },`,
    ];
  }),
);

const rendered = `/**
 * This file was generated from spec/portal.yaml by scripts/generate-operations.ts.
 * Do not make direct changes to the file: run \`pnpm --filter @devportal/portal-client generate\`.
 */

import type { operations } from './portal.js';

/** An operation of spec/portal.yaml and the client method that calls it. */
export interface PortalOperation {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  /** the method's path on a client, e.g. \`organizations.list\` */
  readonly clientMethod: string;
}

/** An operationId of the spec. */
export type PortalOperationId = keyof operations;

/** Every operation of the spec, in its order; a test calls each client method and sees its path. */
export const portalOperations = {
${rows.join('\n')}
} as const satisfies Record<PortalOperationId, PortalOperation>;
`;

if (process.argv.includes('--check')) {
  if (readFileSync(outputUrl, 'utf8') !== rendered) {
    console.error('src/generated/operations.ts is not what spec/portal.yaml makes of it');
    process.exit(1);
  }
} else {
  writeFileSync(outputUrl, rendered);
}
