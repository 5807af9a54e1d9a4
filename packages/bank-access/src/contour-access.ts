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
   * The sandbox's seeded users the contour may act as; the bank has no such choice (and hands out
   * no keys), so only the sandbox contour has them.
   */
  readonly sandboxUsers?: SandboxUsers;
  /** A valid access token of the organisation on this contour. */
  accessToken(organisationId: string): Promise<string>;
  /** Forgets a token the bank refused (401), so the next call gets a fresh one. */
  invalidate(organisationId: string, accessToken: string): void;
}

/** The contours a deployment reaches; a missing one is not configured. */
export type BankContourAccess = Readonly<Partial<Record<Contour, ContourAccess>>>;

/** A contour's tokens for an organisation, as calls and the status sync use them. */
export type OrganisationTokens = Pick<ContourAccess, 'accessToken' | 'invalidate'>;

/**
 * The sandbox's seeded users: its test-only list and keys, and the contour acting as one of them.
 * Whichever user an organisation acts as, its documents stay in its own tenant at the sandbox.
 */
export interface SandboxUsers {
  /** The user the contour acts as when a call names none. */
  readonly defaultLogin: string;
  /** `GET /sandbox/users` of the sandbox: the seeded users, their organisations and cards. */
  readonly listUrl: string;
  /** `GET /sandbox/users/{login}/test-credentials`: the user's test key and certificate. */
  testCredentialsUrl(login: string): string;
  /** The organisations' tokens as `login` (which must be a seeded user: see {@link UnknownSandboxUserError}). */
  as(login: string): OrganisationTokens;
}

/** The sandbox knows no seeded user by the login a call named. */
export class UnknownSandboxUserError extends Error {
  constructor(readonly login: string) {
    super('The bank sandbox has no seeded user by that login');
    this.name = 'UnknownSandboxUserError';
  }
}
