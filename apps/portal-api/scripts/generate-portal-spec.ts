// Writes src/generated/portal-spec.ts from spec/portal.yaml: the Lambda bundle carries the
// contract as code, so nothing reads the spec from disk at runtime, and its prose stays out.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { runtimeCopy } from './runtime-copy.js';

const specUrl = new URL('../../../spec/portal.yaml', import.meta.url);
const outputUrl = new URL('../src/generated/portal-spec.ts', import.meta.url);

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

interface OperationObject {
  operationId?: string;
  'x-action'?: string;
  'x-self-allowed'?: boolean;
}

const document = parse(readFileSync(specUrl, 'utf8')) as {
  paths: Record<string, Record<string, OperationObject>>;
};
const operations = Object.values(document.paths).flatMap((pathItem) =>
  METHODS.flatMap((method) => pathItem[method] ?? []),
);
const operationIds = operations.flatMap((operation) => operation.operationId ?? []);
const actionLines = operations.flatMap(({ operationId, 'x-action': action }) =>
  operationId && action ? [`  ${operationId}: ${JSON.stringify(action)};`] : [],
);
const selfAllowed = operations.flatMap((operation) =>
  operation.operationId && operation['x-self-allowed'] === true
    ? [JSON.stringify(operation.operationId)]
    : [],
);

const rendered = `/**
 * This file was generated from spec/portal.yaml by scripts/generate-portal-spec.ts.
 * Do not make direct changes to the file: run \`pnpm --filter @devportal/portal-api generate\`.
 */

/**
 * The portal API's OpenAPI document, parsed, as the contract reads it at run time: without its
 * descriptions, summaries and examples, which stay out of the Lambda bundle.
 */
export const portalSpec: Record<string, unknown> = ${JSON.stringify(runtimeCopy(document), null, 2)};

/** Every operationId of the document, in document order. */
export const PORTAL_OPERATION_IDS = ${JSON.stringify(operationIds, null, 2)} as const;

/** An operation of the portal API. */
export type PortalOperationId = (typeof PORTAL_OPERATION_IDS)[number];

/** The role-matrix action (\`x-action\`) of every operation that names one. */
export interface PortalOperationActions {
${actionLines.join('\n')}
}

/** The operations a member may do to themselves whatever their role (\`x-self-allowed\`). */
export type PortalSelfAllowedOperation = ${selfAllowed.join(' | ') || 'never'};
`;

mkdirSync(new URL('.', outputUrl), { recursive: true });
writeFileSync(outputUrl, rendered);
