import type { Clock } from '../ports/clock.js';
import type { DomainCrypto } from '../ports/crypto.js';
import type { PendingBankAuthorization } from './bank-authorization.js';
import type { BankAuthorizationRepository } from './bank-authorization-repository.js';
import type { TokenVault } from './token-vault.js';

/** What {@link BankAuthorizations} runs on. */
export interface BankAuthorizationsDependencies {
  readonly bankAuthorizations: BankAuthorizationRepository;
  readonly vault: TokenVault;
  readonly clock: Clock;
  readonly crypto: DomainCrypto;
}

/**
 * The single-use `state`s of SberBusiness ID authorizations between their start and the bank's
 * redirect. The state is a bearer secret, so only its SHA-256 is stored (it carries enough
 * entropy for a fast hash), and the PKCE verifier only sealed for the organisation.
 */
export class BankAuthorizations {
  constructor(private readonly deps: BankAuthorizationsDependencies) {}

  /** Remembers `pending` under `state` until it expires. */
  async remember(state: string, pending: PendingBankAuthorization): Promise<void> {
    const { codeVerifier, ...facts } = pending;
    await this.deps.bankAuthorizations.save({
      ...facts,
      stateHash: this.deps.crypto.sha256Hex(state),
      sealedVerifier: await this.deps.vault.seal(codeVerifier, pending.organisationId),
    });
  }

  /**
   * The authorization `userId` started with `state`, consumed: the next call with the same state
   * gets `undefined`, as does a call with an unknown or expired one. A call by anyone else gets
   * `undefined` too and leaves the state to the person it was issued to: whoever completes an
   * authorize URL at the bank, only its starter attaches the bank to their organisation.
   */
  async consume(state: string, userId: string): Promise<PendingBankAuthorization | undefined> {
    const stored = await this.deps.bankAuthorizations.consume(
      this.deps.crypto.sha256Hex(state),
      userId,
    );
    if (!stored || stored.expiresAt <= this.deps.clock.now().toISOString()) return undefined;
    const { stateHash: _key, sealedVerifier, ...facts } = stored;
    return {
      ...facts,
      codeVerifier: await this.deps.vault.open(sealedVerifier, stored.organisationId),
    };
  }
}
