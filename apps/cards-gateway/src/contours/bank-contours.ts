import type { BankContourAccess, ContourAccess } from '@devportal/bank-access';
import type { Contour } from '@devportal/portal-domain';
import { BankUpstream } from '../bank/bank-upstream.js';

/** A contour as the gateway calls it: its access, and the connection pool to its API. */
export interface ContourRoute extends ContourAccess {
  readonly upstream: BankUpstream;
}

/** The contours by name; a contour without access is not configured (its plans get 503). */
export type BankContours = Readonly<Record<Contour, ContourRoute | undefined>>;

/** A route per configured contour, each with its own pool (and client certificate). */
export function routesOf(contours: BankContourAccess): BankContours {
  const routeOf = (access: ContourAccess | undefined): ContourRoute | undefined =>
    access && {
      apiBaseUrl: access.apiBaseUrl,
      accessToken: (organisationId) => access.accessToken(organisationId),
      invalidate: (organisationId, accessToken) => access.invalidate(organisationId, accessToken),
      upstream: new BankUpstream(access.apiBaseUrl, access.tls),
    };
  return { sandbox: routeOf(contours.sandbox), production: routeOf(contours.production) };
}
