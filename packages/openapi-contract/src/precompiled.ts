import type { ValidateFunction } from 'ajv/dist/2020.js';
import { contractOf } from './contract-of.js';
import type { Contract } from './types.js';

/** Checks compiled at build time, by the JSON pointer of the schema each one checks. */
export type PrecompiledValidators = Readonly<Record<string, ValidateFunction>>;

/**
 * A contract whose checks were compiled at build time (`standaloneValidatorsModule` of
 * `@devportal/openapi-contract/standalone`): nothing is compiled at run time, and a bundle carries
 * neither ajv's compiler nor a YAML parser. A schema without a precompiled check throws, naming it:
 * the generated module is older than the document.
 *
 * @example
 * import { validators } from './generated/request-validators.js';
 * const contract = precompiledContract(spec, validators);
 */
export function precompiledContract(
  document: Record<string, unknown>,
  validators: PrecompiledValidators,
): Contract {
  return contractOf(document, (at) => {
    const validate = validators[at];
    if (validate === undefined) {
      throw new Error(`no precompiled check of the schema at ${at}: regenerate the validators`);
    }
    return validate;
  });
}
