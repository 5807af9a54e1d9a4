import { Ajv2020, type Options, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { contractOf } from './contract-of.js';
import type { Contract } from './types.js';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

/** The id the document is registered under, so that `$ref`s resolve against all of it. */
export const DOCUMENT_ID = 'https://openapi-contract.invalid/document.json';

/** The ajv instance every contract compiles with, the whole document added under {@link DOCUMENT_ID}. */
export function contractAjv(document: Record<string, unknown>, code?: Options['code']): Ajv2020 {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    logger: false,
    validateSchema: false,
    ...(code && { code }),
  });
  addFormats(ajv);
  ajv.addSchema(document, DOCUMENT_ID);
  return ajv;
}

/**
 * Builds a contract from a parsed OpenAPI 3.1 document. Schemas are compiled lazily (on first
 * use) and cached; `$ref`s inside schemas resolve against the whole document.
 */
export function createContract(document: Record<string, unknown>): Contract {
  const ajv = contractAjv(document);
  const validators = new Map<string, ValidateFunction>();
  return contractOf(document, (at) => {
    let validate = validators.get(at);
    if (!validate) {
      validate = ajv.compile({ $ref: `${DOCUMENT_ID}#${at}` });
      validators.set(at, validate);
    }
    return validate;
  });
}
