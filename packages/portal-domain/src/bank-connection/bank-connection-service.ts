import { OrganisationAccess, type OrganisationTarget } from '../access/organisation-access.js';
import { AuditRecorder } from '../audit/audit-recorder.js';
import type { Actor } from '../context/actor.js';
import type { MemberRepository } from '../members/member-repository.js';
import type { OrganisationRepository } from '../organisations/organisation-repository.js';
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
  readonly organisations: OrganisationRepository;
  readonly members: MemberRepository;
  readonly bankConnections: BankConnectionRepository;
  readonly vault: TokenVault;
  readonly clock: Clock;
  readonly crypto: DomainCrypto;
}

/** An organisation's connection to its bank: tokens go in sealed and never come out of a read. */
export class BankConnectionService {
  private readonly access: OrganisationAccess;
  private readonly audit: AuditRecorder;

  constructor(private readonly deps: BankConnectionServiceDependencies) {
    this.access = new OrganisationAccess(deps.organisations, deps.members);
    this.audit = new AuditRecorder(deps.clock, deps.crypto);
  }

  /** The connection's status; any member may see it. */
  async status(actor: Actor, target: OrganisationTarget): Promise<BankConnectionView> {
    const { organisation } = await this.access.authorise(actor, target, 'organisation.view');
    const stored = await this.deps.bankConnections.get(organisation.id);
    return bankConnectionView(stored, this.deps.clock.now());
  }

  /**
   * Stores the tokens the bank issued after `actor` consented (the callback of the
   * SberBusiness ID authorization), sealed, replacing any earlier connection.
   */
  async connect(
    actor: Actor,
    target: OrganisationTarget,
    tokens: BankTokens,
  ): Promise<BankConnectionView> {
    const scope = await this.access.authorise(actor, target, 'bankConnection.manage');
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
      actorMustHold: rolesAllowedTo('bankConnection.manage'),
    });
    return bankConnectionView(connection, now);
  }

  /** Forgets the organisation's tokens. */
  async disconnect(actor: Actor, target: OrganisationTarget): Promise<void> {
    const scope = await this.access.authorise(actor, target, 'bankConnection.manage');
    const organisationId = scope.organisation.id;
    await this.deps.bankConnections.disconnect(organisationId, {
      audit: this.audit.record(actor, {
        organisationId,
        actorRole: scope.membership.role,
        action: 'bank_connection.disconnected',
        target: { type: 'bank_connection', id: organisationId },
      }),
      actorMustHold: rolesAllowedTo('bankConnection.manage'),
    });
  }
}
