import { OrganisationAccess, type OrganisationTarget } from '../access/organisation-access.js';
import { AuditRecorder } from '../audit/audit-recorder.js';
import type { Contour } from '../catalog/product.js';
import type { Actor } from '../context/actor.js';
import { isDomainError, NotFoundError } from '../errors.js';
import type { MemberRepository } from '../members/member-repository.js';
import type { OrganisationRepository } from '../organisations/organisation-repository.js';
import type { Clock } from '../ports/clock.js';
import type { DomainCrypto } from '../ports/crypto.js';
import type { Page, PageRequest } from '../ports/page.js';
import type { Role } from '../roles/role.js';
import { rolesAllowedTo } from '../roles/role-matrix.js';
import {
  applyObservation,
  type CreationAnswer,
  type LimitChangeRecord,
  newLimitChangeRecord,
  PENDING_SHARDS,
} from './limit-change.js';
import type { DueLimitChange, LimitChangeRepository } from './limit-change-repository.js';

/** What {@link LimitChangeService} runs on. */
export interface LimitChangeServiceDependencies {
  readonly organisations: OrganisationRepository;
  readonly members: MemberRepository;
  readonly limitChanges: LimitChangeRepository;
  readonly clock: Clock;
  readonly crypto: DomainCrypto;
}

/** Asks the bank for a request's state (`GET …/limits/{externalId}/state`); injected. */
export type FetchLimitChangeState = (organisationId: string, externalId: string) => Promise<string>;

/** The scheduled status sync, as it appears in audit trails. */
export const STATUS_SYNC_ACTOR: Actor = {
  userId: 'system:status-sync',
  email: 'status-sync@devportal.invalid',
  sourceIp: 'internal',
};

/** The gateway acting for an application, as it appears in audit trails. */
export function applicationActor(applicationId: string, sourceIp: string): Actor {
  return { userId: `application:${applicationId}`, email: '', sourceIp };
}

const MAX_SYNC_ATTEMPTS = 5;

/**
 * Limit-change requests and their states at the bank: recorded when the gateway
 * creates one, advanced by the status sync (scheduled, or asked for by a member).
 * Every transition is written with a version condition, so concurrent syncs never
 * lose or duplicate one.
 */
export class LimitChangeService {
  private readonly access: OrganisationAccess;
  private readonly audit: AuditRecorder;

  constructor(private readonly deps: LimitChangeServiceDependencies) {
    this.access = new OrganisationAccess(deps.organisations, deps.members);
    this.audit = new AuditRecorder(deps.clock, deps.crypto);
  }

  /** Records a request the bank accepted in `state` (called by the gateway, for an application). */
  async record(
    actor: Actor,
    organisationId: string,
    request: {
      externalId: string;
      state: string;
      businessCardId?: string;
      contour?: Contour;
      applicationId?: string;
      creationAnswer?: CreationAnswer;
    },
  ): Promise<LimitChangeRecord> {
    const { contour, applicationId, creationAnswer } = request;
    const record: LimitChangeRecord = {
      ...newLimitChangeRecord(
        organisationId,
        request.externalId,
        request.state,
        this.deps.clock.now(),
        request.businessCardId,
      ),
      ...(contour && { contour }),
      ...(applicationId && { applicationId }),
      ...(creationAnswer && { creationAnswer }),
    };
    await this.deps.limitChanges.create(record, {
      audit: this.audit.record(actor, {
        organisationId,
        actorRole: null,
        action: 'limit_change.created',
        target: { type: 'limit_change', id: record.externalId },
        details: { state: record.state },
      }),
    });
    return record;
  }

  /** The organisation's requests; any member may see them. */
  async list(
    actor: Actor,
    target: OrganisationTarget,
    page: PageRequest = {},
  ): Promise<Page<LimitChangeRecord>> {
    const { organisation } = await this.access.authorise(actor, target, 'organisation.view');
    return this.deps.limitChanges.list(organisation.id, page);
  }

  /** One request of the organisation; any member may see it. */
  async get(
    actor: Actor,
    target: OrganisationTarget,
    externalId: string,
  ): Promise<LimitChangeRecord> {
    const { organisation } = await this.access.authorise(actor, target, 'organisation.view');
    return this.find(organisation.id, externalId);
  }

  /** Asks the bank now, on a member's request, and records what it says. */
  async syncNow(
    actor: Actor,
    organisationId: string,
    externalId: string,
    fetchState: FetchLimitChangeState,
  ): Promise<LimitChangeRecord> {
    const scope = await this.access.authorise(actor, organisationId, 'limitChange.sync');
    await this.find(organisationId, externalId);
    const observed = await fetchState(organisationId, externalId);
    return this.applyObservedState(
      actor,
      scope.membership.role,
      organisationId,
      externalId,
      observed,
    );
  }

  /** The due entries of every queue partition at `now` (the scheduled sync's reading). */
  async due(limitPerShard: number): Promise<DueLimitChange[]> {
    const now = this.deps.clock.now().toISOString();
    const shards = Array.from({ length: PENDING_SHARDS }, (_, shard) => shard);
    const pages = await Promise.all(
      shards.map((shard) => this.deps.limitChanges.listDue(shard, now, limitPerShard)),
    );
    return pages.flat().sort((a, b) => a.nextCheckAt.localeCompare(b.nextCheckAt));
  }

  /**
   * Records that the bank reported `observed`. Conditioned on the version read; on
   * a collision it reads again and re-applies, so of two syncs seeing the same new
   * state one records the transition and the other a plain check.
   */
  async applyObservedState(
    actor: Actor,
    actorRole: Role | null,
    organisationId: string,
    externalId: string,
    observed: string,
  ): Promise<LimitChangeRecord> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.find(organisationId, externalId);
      const applied = applyObservation(current, observed, this.deps.clock.now());
      if (!applied) return current;
      const { next, transitioned } = applied;
      try {
        await this.deps.limitChanges.save(
          next,
          transitioned
            ? {
                audit: this.audit.record(actor, {
                  organisationId,
                  actorRole,
                  action: 'limit_change.state_changed',
                  target: { type: 'limit_change', id: externalId },
                  details: { from: current.state, to: next.state },
                }),
                ...(actorRole && { actorMustHold: rolesAllowedTo('limitChange.sync') }),
              }
            : undefined,
        );
        return next;
      } catch (error) {
        const collided = isDomainError(error) && error.code === 'concurrent_modification';
        if (!collided || attempt >= MAX_SYNC_ATTEMPTS) throw error;
      }
    }
  }

  private async find(organisationId: string, externalId: string): Promise<LimitChangeRecord> {
    const record = await this.deps.limitChanges.get(organisationId, externalId);
    if (!record) throw new NotFoundError('limit_request_not_found');
    return record;
  }
}
