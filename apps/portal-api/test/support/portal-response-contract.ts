import { type Contract, createContract } from '@devportal/openapi-contract';
import { portalSpec } from '../../src/generated/portal-spec.js';

/**
 * The whole spec, compiled by ajv at run time: answers are checked against it, since the app's own
 * contract carries precompiled request checks only.
 */
export const portalResponseContract: Contract = createContract(portalSpec);
