import type { ErrorObject } from 'ajv/dist/2020.js';
import type { Location, Violation } from './types.js';

/** `/digestSignatures/0/certificateUuid` → `digestSignatures[0].certificateUuid` (appended to `prefix`). */
export function fieldPath(prefix: string, instancePath: string): string {
  let out = prefix;
  if (instancePath === '') return out;
  for (const raw of instancePath.slice(1).split('/')) {
    const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (/^\d+$/.test(segment)) out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

function join(base: string, property: string): string {
  return base === '' ? property : `${base}.${property}`;
}

/**
 * Turns ajv errors into violations. Missing and unexpected properties are reported on the property
 * itself (ajv reports them on the parent); the structural `anyOf`/`oneOf`/`allOf` summaries and
 * duplicates are dropped because their branches already say what is wrong.
 */
export function toViolations(
  errors: readonly ErrorObject[] | null | undefined,
  location: Location,
  prefix: string,
): Violation[] {
  const out: Violation[] = [];
  const seen = new Set<string>();
  for (const error of errors ?? []) {
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf' || error.keyword === 'allOf') {
      continue;
    }
    let field = fieldPath(prefix, error.instancePath);
    const params = error.params as Record<string, unknown>;
    if (error.keyword === 'required' && typeof params.missingProperty === 'string') {
      field = join(field, params.missingProperty);
    } else if (
      (error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties') &&
      typeof params.additionalProperty === 'string'
    ) {
      field = join(field, params.additionalProperty);
    } else if (
      error.keyword === 'unevaluatedProperties' &&
      typeof params.unevaluatedProperty === 'string'
    ) {
      field = join(field, params.unevaluatedProperty);
    }
    const message = error.message ?? `fails ${error.keyword}`;
    const key = `${location}|${field}|${error.keyword}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ field: field === '' ? location : field, message, location, keyword: error.keyword });
  }
  return out;
}
