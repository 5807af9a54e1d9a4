import type { AccessRequest } from '@devportal/portal-domain';
import type { components } from '../generated/portal.js';

/**
 * An access request as the contract shows it (American `organizationId`; the version counter
 * stays inside).
 */
export function accessRequestView({
  organisationId,
  version: _concurrencyCounter,
  ...rest
}: AccessRequest): components['schemas']['AccessRequest'] {
  return { ...rest, organizationId: organisationId };
}
