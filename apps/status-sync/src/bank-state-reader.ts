import type { Contour } from '@devportal/portal-domain';

/**
 * Asks a contour of the bank for the state of a limit-change request. Rejects with
 * the errors of `@devportal/sber-client` (see `bankFailureOf`).
 */
export interface BankStateReader {
  /** `signal` abandons the call (attempts and the waits between them included). */
  readState(
    organisationId: string,
    contour: Contour,
    externalId: string,
    options?: { readonly signal?: AbortSignal },
  ): Promise<string>;
}
