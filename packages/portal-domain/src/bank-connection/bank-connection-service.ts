import type { AuthorisedScope } from '../access/organisation-access.js';
import { AuditRecorder } from '../audit/audit-recorder.js';
import type { Actor } from '../context/actor.js';
import type { Clock } from '../ports/clock.js';
import type { DomainCrypto } from '../ports/crypto.js';
import { rolesAllowedTo } from '../roles/role-matrix.js';
import {
  type BankConnectionView,
  bankConnectionView,
  type StoredBankConnection,
} from './bank-connection.js';
import type { BankConnectionRepository } from './bank-connection-repository.js';
import type { BankTokens } from './bank-tokens.js';
import type { TokenVault } from './token-vault.js';

/** What {@link BankConnectionService} runs on. */
export interface BankConnectionServiceDependencies {
  readonly bankConnections: BankConnectionRepository;
  readonly vault: TokenVault;
  readonly clock: Clock;
  readonly crypto: DomainCrypto;
}

/** An organisation's connection to its bank: tokens go in sealed and never come out of a read. */
export class BankConnectionService {
  private readonly audit: AuditRecorder;

  constructor(private readonly deps: BankConnectionServiceDependencies) {
    this.audit = new AuditRecorder(deps.clock, deps.crypto);
  }

  /** The connection's status; any member may see it. */
  async status({
    organisation,
  }: AuthorisedScope<'organisation.view'>): Promise<BankConnectionView> {
    const stored = await this.deps.bankConnections.get(organisation.id);
    return bankConnectionView(stored, this.deps.clock.now());
  }

  /**
   * Stores the tokens the bank issued after `actor` consented (the callback of the
   * SberBusiness ID authorization), sealed, replacing any earlier connection.
   */
  async connect(
    actor: Actor,
    scope: AuthorisedScope<'bankConnection.manage'>,
    tokens: BankTokens,
  ): Promise<BankConnectionView> {
    const organisationId = scope.organisation.id;
    const now = this.deps.clock.now();
    const previous = await this.deps.bankConnections.get(organisationId);
    const connection: StoredBankConnection = {
      organisationId,
      connectedAt: now.toISOString(),
      connectedBy: actor.userId,
      scopes: tokens.scopes,
      accessTokenExpiresAt: tokens.accessTokenExpiresAt,
      refreshTokenExpiresAt: tokens.refreshTokenExpiresAt,
      tokens: await this.deps.vault.seal(JSON.stringify(tokens), organisationId),
      version: (previous?.version ?? 0) + 1,
    };
    await this.deps.bankConnections.connect(connection, {
      audit: this.audit.record(actor, {
        organisationId,
        actorRole: scope.membership.role,
        action: 'bank_connection.connected',
        target: { type: 'bank_connection', id: organisationId },
        details: { scopes: tokens.scopes.join(' ') },
      }),
      actorMustHold: rolesAllowedTo(scope.action),
    });
    return bankConnectionView(connection, now);
  }

  /** Forgets the organisation's tokens. */
  async disconnect(actor: Actor, scope: AuthorisedScope<'bankConnection.manage'>): Promise<void> {
    const organisationId = scope.organisation.id;
    await this.deps.bankConnections.disconnect(organisationId, {
      audit: this.audit.record(actor, {
        organisationId,
        actorRole: scope.membership.role,
        action: 'bank_connection.disconnected',
        target: { type: 'bank_connection', id: organisationId },
      }),
      actorMustHold: rolesAllowedTo(scope.action),
    });
  }
}
