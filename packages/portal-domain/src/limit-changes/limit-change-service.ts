import type { AuthorisedScope } from '../access/organisation-access.js';
import { AuditRecorder } from '../audit/audit-recorder.js';
import type { Contour } from '../catalog/product.js';
import type { Actor } from '../context/actor.js';
import { isDomainError, NotFoundError } from '../errors.js';
import type { Clock } from '../ports/clock.js';
import type { DomainCrypto } from '../ports/crypto.js';
import type { Page, PageRequest } from '../ports/page.js';
import type { Role } from '../roles/role.js';
import { rolesAllowedTo } from '../roles/role-matrix.js';
import {
  type CreationAnswer,
  type LimitChangeRecord,
  newLimitChangeRecord,
} from './limit-change.js';
import {
  afterCheck,
  type CheckedLimitChange,
  checkedOf,
  observationOf,
} from './limit-change-check.js';
import type { LimitChangeRepository } from './limit-change-repository.js';

/** What {@link LimitChangeService} runs on. */
export interface LimitChangeServiceDependencies {
  readonly limitChanges: LimitChangeRepository;
  readonly clock: Clock;
  readonly crypto: DomainCrypto;
}

/**
 * What recording an observation came to: a transition ('changed'), a plain check
 * ('unchanged'), nothing because the record was already final ('final'), or nothing
 * because another sync wrote first ('raced'). `record` is what this call stored, or what it
 * was given.
 */
export type ObservedStateOutcome<T extends CheckedLimitChange = CheckedLimitChange> =
  | {
      readonly outcome: 'changed' | 'unchanged';
      readonly record: CheckedLimitChange & { readonly lastCheckedAt: string };
    }
  | { readonly outcome: 'final' | 'raced'; readonly record: T };

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

/**
 * Limit-change requests and their states at the bank: recorded when the gateway
 * creates one, advanced by the status sync (scheduled, or asked for by a member).
 * Every transition is written on the version read before the bank was asked, so
 * concurrent syncs never duplicate one nor record a state going backwards.
 */
export class LimitChangeService {
  private readonly audit: AuditRecorder;

  constructor(private readonly deps: LimitChangeServiceDependencies) {
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
      code?: string;
      limit?: number;
      contour: Contour;
      applicationId?: string;
      creationAnswer?: CreationAnswer;
    },
  ): Promise<LimitChangeRecord> {
    const { code, limit, contour, applicationId, creationAnswer } = request;
    const record: LimitChangeRecord = {
      ...newLimitChangeRecord(
        organisationId,
        request.externalId,
        request.state,
        this.deps.clock.now(),
        contour,
        request.businessCardId,
      ),
      ...(code !== undefined && { code }),
      ...(limit !== undefined && { limit }),
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
    { organisation }: AuthorisedScope<'organisation.view'>,
    page: PageRequest = {},
  ): Promise<Page<LimitChangeRecord>> {
    return this.deps.limitChanges.list(organisation.id, page);
  }

  /** One request of the organisation; any member may see it. */
  async get(
    { organisation }: AuthorisedScope<'organisation.view'>,
    externalId: string,
  ): Promise<LimitChangeRecord> {
    return this.find(organisation.id, externalId);
  }

  /**
   * Records that the bank reported `observed` about `read`, the record as it was read *before*
   * the bank was asked, conditioned on that version. Of two racing syncs the later writer loses
   * its condition and its answer is dropped ('raced'), so an older answer never overwrites a
   * newer one and no transition is recorded twice; the next sync asks again.
   */
  async applyObservedState<T extends CheckedLimitChange>(
    actor: Actor,
    actorRole: Role | null,
    read: T,
    observed: string,
  ): Promise<ObservedStateOutcome<T>> {
    const now = this.deps.clock.now();
    const write = observationOf(read, observed, now);
    if (!write) return { outcome: 'final', record: read };
    const transitioned = write.transition !== undefined;
    const { organisationId, externalId } = read;
    try {
      await this.deps.limitChanges.recordCheck(
        read,
        write,
        transitioned
          ? {
              audit: this.audit.record(actor, {
                organisationId,
                actorRole,
                action: 'limit_change.state_changed',
                target: { type: 'limit_change', id: externalId },
                details: { from: read.state, to: write.state },
              }),
              ...(actorRole && { actorMustHold: rolesAllowedTo('limitChange.sync') }),
            }
          : undefined,
      );
      return {
        outcome: transitioned ? 'changed' : 'unchanged',
        record: { ...afterCheck(checkedOf(read), write), lastCheckedAt: now.toISOString() },
      };
    } catch (error) {
      if (isDomainError(error) && error.code === 'concurrent_modification') {
        return { outcome: 'raced', record: read };
      }
      throw error;
    }
  }

  private async find(organisationId: string, externalId: string): Promise<LimitChangeRecord> {
    const record = await this.deps.limitChanges.get(organisationId, externalId);
    if (!record) throw new NotFoundError('limit_request_not_found');
    return record;
  }
}
