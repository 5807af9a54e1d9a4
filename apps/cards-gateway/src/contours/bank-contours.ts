import type { BankContourAccess, ContourAccess } from '@devportal/bank-access';
import type { Contour } from '@devportal/portal-domain';
import { BankUpstream, type BankUpstreamLimits } from '../bank/bank-upstream.js';

/** A contour as the gateway calls it: its access, and the connection pool to its API. */
export interface ContourRoute extends ContourAccess {
  readonly upstream: BankUpstream;
}

/** The contours by name; a contour without access is not configured (its plans get 503). */
export type BankContours = Readonly<Record<Contour, ContourRoute | undefined>>;

/**
 * A route per configured contour, each with its own pool (and client certificate), timeouts and
 * circuit breaker, so one contour failing does not shed the other's calls.
 */
export function routesOf(
  contours: BankContourAccess,
  limits: BankUpstreamLimits = {},
): BankContours {
  const routeOf = (access: ContourAccess | undefined): ContourRoute | undefined =>
    access && {
      apiBaseUrl: access.apiBaseUrl,
      ...(access.sandboxUsers && { sandboxUsers: access.sandboxUsers }),
      accessToken: (organisationId) => access.accessToken(organisationId),
      invalidate: (organisationId, accessToken) => access.invalidate(organisationId, accessToken),
      upstream: new BankUpstream(access.apiBaseUrl, access.tls, limits),
    };
  return { sandbox: routeOf(contours.sandbox), production: routeOf(contours.production) };
}
