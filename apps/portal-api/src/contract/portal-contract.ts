import type { Contract } from '@devportal/openapi-contract';
import {
  type PrecompiledValidators,
  precompiledContract,
} from '@devportal/openapi-contract/precompiled';
import { validators } from '../generated/portal-request-validators.js';
import { portalSpec } from '../generated/portal-spec.js';

/**
 * The portal API's contract, from the generated copy of spec/portal.yaml with its request checks
 * compiled at build time: nothing reads the spec from disk or compiles a schema at run time.
 * It checks requests only; tests check answers with a contract of the whole spec.
 */
export const portalContract: Contract = precompiledContract(
  portalSpec,
  validators as unknown as PrecompiledValidators,
);
