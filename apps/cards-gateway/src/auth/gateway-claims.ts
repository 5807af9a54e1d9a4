import type { Contour } from '@devportal/portal-domain';

/** One subscribed plan as the gateway token carries it: all the gateway needs to route and limit a call. */
export interface PlanClaim {
  readonly productId: string;
  readonly planId: string;
  readonly contour: Contour;
  readonly ratePerSecond: number;
  readonly quotaPerDay?: number;
  readonly quotaPerMonth?: number;
}

/** What a verified gateway token says about its caller. */
export interface GatewayClaims {
  /** The application's id (`sub`). */
  readonly applicationId: string;
  /** The application's organisation (`org`). */
  readonly organisationId: string;
  readonly clientId: string;
  /** The id of the Client Secret the token was minted with (`secret_id`): it dies with that secret. */
  readonly secretId: string;
  readonly plans: readonly PlanClaim[];
  /** When the token stops being accepted, epoch milliseconds. */
  readonly expiresAtMs: number;
}
