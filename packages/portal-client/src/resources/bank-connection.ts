import type { CallOptions, ResponsePromise } from '@devportal/http-transport';
import type {
  BankAuthorization,
  BankAuthorizationCallback,
  BankAuthorizationInput,
  BankConnection as BankConnectionStatus,
  CompletedBankAuthorization,
} from '../portal-types.js';
import { PortalResource } from './portal-resource.js';

/** The organisation's SberBusiness ID connection to the bank. */
export class BankConnection extends PortalResource {
  /** The connection's status (never its tokens). */
  get(orgId: string, options?: CallOptions): ResponsePromise<BankConnectionStatus> {
    return this.core.send('getBankConnection', { params: { path: { orgId } } }, options);
  }

  /**
   * Starts connecting the bank: open `authorizeUrl` in the person's browser.
   *
   * @example
   * ```ts
   * const { authorizeUrl } = await client.bankConnection.startAuthorization(orgId, {
   *   scopes: ['BUSINESS_CARD_LIMIT', 'CORPORATE_CARDS'],
   * });
   * ```
   */
  startAuthorization(
    orgId: string,
    input: BankAuthorizationInput = {},
    options?: CallOptions,
  ): ResponsePromise<BankAuthorization> {
    return this.core.send(
      'startBankAuthorization',
      { params: { path: { orgId } }, body: input },
      options,
    );
  }

  /**
   * Finishes connecting the bank with what its redirect after consent carried (`code`, `state`
   * or `error`), as the person who started it: a state issued to anyone else is refused (404)
   * and left unspent.
   *
   * @example
   * ```ts
   * const query = new URL(location.href).searchParams;
   * const { organizationId, connection } = await client.bankConnection.completeAuthorization({
   *   state: query.get('state') ?? '',
   *   ...(query.get('code') && { code: query.get('code') ?? '' }),
   * });
   * ```
   */
  completeAuthorization(
    callback: BankAuthorizationCallback,
    options?: CallOptions,
  ): ResponsePromise<CompletedBankAuthorization> {
    return this.core.send('completeBankAuthorization', { body: callback }, options);
  }

  /** Disconnects the bank: its tokens are deleted. */
  disconnect(orgId: string, options?: CallOptions): ResponsePromise<void> {
    return this.core.send('disconnectBank', { params: { path: { orgId } } }, options);
  }
}
