import type { AccessRequest } from '@devportal/portal-domain';

/** The contract's `AccessRequest` (American `organizationId`; the version counter stays inside). */
export function accessRequestView({
  organisationId,
  version: _concurrencyCounter,
  ...rest
}: AccessRequest) {
  return { ...rest, organizationId: organisationId };
}
