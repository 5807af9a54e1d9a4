import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { createContract } from './contract.js';
import type { Contract } from './types.js';

/** Parses an OpenAPI 3.1 document from YAML (or JSON) text. */
export function parseContract(text: string): Contract {
  const document = parseYaml(text) as unknown;
  if (document === null || typeof document !== 'object' || !('openapi' in document)) {
    throw new Error('Not an OpenAPI document: no `openapi` field');
  }
  const version = String((document as { openapi: unknown }).openapi);
  if (!version.startsWith('3.1')) {
    throw new Error(`OpenAPI ${version} is not supported: this library reads OpenAPI 3.1`);
  }
  return createContract(document as Record<string, unknown>);
}

/**
 * Loads an OpenAPI 3.1 YAML (or JSON) file and compiles its contract.
 *
 * @example
 * const contract = loadContract(new URL('../../spec/sber-business-cards.yaml', import.meta.url));
 * const match = contract.operation('GET', '/fintech/api/v1/business-cards?page=1');
 * const violations = contract.validateRequest('listBusinessCards', { query: 'page=0&statusCodes=ACTIVE' });
 */
export function loadContract(specPath: string | URL): Contract {
  const path = specPath instanceof URL ? fileURLToPath(specPath) : specPath;
  return parseContract(readFileSync(path, 'utf8'));
}
