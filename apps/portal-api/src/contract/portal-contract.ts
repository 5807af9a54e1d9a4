import { type Contract, createContract } from '@devportal/openapi-contract';
import { portalSpec } from '../generated/portal-spec.js';

/**
 * The portal API's contract, compiled from the generated copy of spec/portal.yaml: requests are
 * validated against it, and nothing reads the spec from disk at runtime.
 */
export const portalContract: Contract = createContract(portalSpec);
