import type { Contour } from '@devportal/portal-domain';
import type { SberTlsOptions } from '@devportal/sber-client';

/**
 * How one contour of the bank is reached: its API, the organisations' tokens there and the
 * client certificate it requires. The cards gateway forwards calls with it and the status sync
 * reads states with it, so a document is checked with the very host and token it was created with.
 */
export interface ContourAccess {
  /** e.g. `https://fintech.sberbank.ru:9443/fintech/api`, or the sandbox's `apiBaseUrl`. */
  readonly apiBaseUrl: string;
  /** The client certificate the contour requires (mutual TLS on the bank's port 9443). */
  readonly tls?: SberTlsOptions;
  /**
   * The sandbox's test-only address of the signing key and certificate of the user the contour
   * acts as (`GET /sandbox/users/{login}/test-credentials`); the bank hands out no keys, so only
   * the sandbox contour has one.
   */
  readonly testSigningCredentialsUrl?: string;
  /** A valid access token of the organisation on this contour. */
  accessToken(organisationId: string): Promise<string>;
  /** Forgets a token the bank refused (401), so the next call gets a fresh one. */
  invalidate(organisationId: string, accessToken: string): void;
}

/** The contours a deployment reaches; a missing one is not configured. */
export type BankContourAccess = Readonly<Partial<Record<Contour, ContourAccess>>>;
