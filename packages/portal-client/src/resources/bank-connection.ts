import type { CallOptions } from '@devportal/http-transport';
import type {
  BankAuthorization,
  BankAuthorizationCallback,
  BankAuthorizationInput,
  BankConnection as BankConnectionStatus,
} from '../portal-types.js';
import { PortalResource } from './portal-resource.js';

/** The organisation's SberBusiness ID connection to the bank. */
export class BankConnection extends PortalResource {
  /** The connection's status (never its tokens). */
  get(orgId: string, options?: CallOptions): Promise<BankConnectionStatus> {
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
  ): Promise<BankAuthorization> {
    return this.core.send(
      'startBankAuthorization',
      { params: { path: { orgId } }, body: input },
      options,
    );
  }

  /**
   * Forwards the bank's redirect after consent (its `code`, `state` or `error`), for a server
   * that receives it in place of the browser. Sent without the person's token: the single-use
   * `state` identifies who started the authorization.
   */
  completeAuthorization(
    callback: BankAuthorizationCallback,
    options?: CallOptions,
  ): Promise<BankConnectionStatus> {
    return this.core.send('completeBankAuthorization', { params: { query: callback } }, options);
  }

  /** Disconnects the bank: its tokens are deleted. */
  disconnect(orgId: string, options?: CallOptions): Promise<void> {
    return this.core.send('disconnectBank', { params: { path: { orgId } } }, options);
  }
}
