import type { AuthorisedScope } from '../access/organisation-access.js';
import type { AuditAction } from '../audit/audit-action.js';
import { AuditRecorder } from '../audit/audit-recorder.js';
import type { Change } from '../audit/change.js';
import type { Actor } from '../context/actor.js';
import { NotFoundError, ValidationError } from '../errors.js';
import type { components } from '../generated/portal.js';
import type { Clock } from '../ports/clock.js';
import type { DomainCrypto } from '../ports/crypto.js';
import type { Page, PageRequest } from '../ports/page.js';
import { rolesAllowedTo } from '../roles/role-matrix.js';
import {
  type Application,
  type ApplicationView,
  type ApplicationWithSecret,
  applicationView,
  isValidApplicationDescription,
  isValidApplicationName,
  type ReissuedSecret,
  type StoredClientSecret,
  secretIsLive,
} from './application.js';
import type { ApplicationRepository } from './application-repository.js';
import type { ClientSecretHasher } from './client-secret-hasher.js';

/** What {@link ApplicationService} runs on. */
export interface ApplicationServiceDependencies {
  readonly applications: ApplicationRepository;
  readonly hasher: ClientSecretHasher;
  readonly clock: Clock;
  readonly crypto: DomainCrypto;
}

/** A new application's name and description. */
export type ApplicationInput = components['schemas']['ApplicationInput'];

/** The fields of an application to change: at least one. */
export type ApplicationUpdate = components['schemas']['ApplicationUpdate'];

/** How long the previous secret keeps working after a re-issue unless told otherwise. */
export const DEFAULT_SECRET_OVERLAP_SECONDS = 24 * 60 * 60;
/** The longest overlap a re-issue may ask for (a week). */
export const MAX_SECRET_OVERLAP_SECONDS = 7 * 24 * 60 * 60;

/**
 * Applications of an organisation and their credentials. The Client Secret leaves
 * this service exactly twice (creation and re-issue) and is stored only as a keyed hash.
 */
export class ApplicationService {
  private readonly audit: AuditRecorder;

  constructor(private readonly deps: ApplicationServiceDependencies) {
    this.audit = new AuditRecorder(deps.clock, deps.crypto);
  }

  /** One page of the organisation's applications. */
  async list(
    { organisation }: AuthorisedScope<'application.list'>,
    page: PageRequest = {},
  ): Promise<Page<ApplicationView>> {
    const result = await this.deps.applications.list(organisation.id, page);
    const now = this.deps.clock.now();
    return { ...result, items: result.items.map((app) => applicationView(app, now)) };
  }

  /** One application of the organisation. */
  async get(
    { organisation }: AuthorisedScope<'application.list'>,
    applicationId: string,
  ): Promise<ApplicationView> {
    const application = await this.find(organisation.id, applicationId);
    return applicationView(application, this.deps.clock.now());
  }

  /** Creates an application with a new Client ID and Client Secret; the secret is in this answer only. */
  async create(
    actor: Actor,
    scope: AuthorisedScope<'application.manage'>,
    input: ApplicationInput,
  ): Promise<ApplicationWithSecret> {
    validate(input);
    const organisationId = scope.organisation.id;
    const createdAt = this.deps.clock.now().toISOString();
    const { secret, clientSecret } = await this.issueSecret(createdAt);
    const application: Application = {
      id: this.deps.crypto.newId(),
      organisationId,
      name: input.name,
      ...(input.description !== undefined && { description: input.description }),
      clientId: this.deps.crypto.newId(),
      createdAt,
      secrets: [secret],
      version: 1,
    };
    await this.deps.applications.create(
      application,
      this.change(actor, scope, 'application.created', application),
    );
    return { application: applicationView(application, this.deps.clock.now()), clientSecret };
  }

  /** Renames or re-describes an application. */
  async update(
    actor: Actor,
    scope: AuthorisedScope<'application.manage'>,
    applicationId: string,
    update: ApplicationUpdate,
  ): Promise<ApplicationView> {
    if (update.name === undefined && update.description === undefined) {
      throw new ValidationError('invalid_application', 'Name a field to change');
    }
    const organisationId = scope.organisation.id;
    const current = await this.find(organisationId, applicationId);
    const next: Application = {
      ...current,
      ...update,
      updatedAt: this.deps.clock.now().toISOString(),
      version: current.version + 1,
    };
    validate(next);
    await this.deps.applications.save(next, this.change(actor, scope, 'application.updated', next));
    return applicationView(next, this.deps.clock.now());
  }

  /** Deletes an application: its secrets stop working at once and its subscriptions go with it. */
  async delete(
    actor: Actor,
    scope: AuthorisedScope<'application.manage'>,
    applicationId: string,
  ): Promise<void> {
    const organisationId = scope.organisation.id;
    const application = await this.find(organisationId, applicationId);
    await this.deps.applications.delete(
      application,
      this.change(actor, scope, 'application.deleted', application),
    );
  }

  /**
   * Issues a new Client Secret. The previous one keeps working for `overlapSeconds`
   * (default 24 hours; 0 revokes it at once); any older secret stops now.
   */
  async reissueSecret(
    actor: Actor,
    scope: AuthorisedScope<'application.reissueSecret'>,
    applicationId: string,
    overlapSeconds: number = DEFAULT_SECRET_OVERLAP_SECONDS,
  ): Promise<ReissuedSecret> {
    if (
      !Number.isInteger(overlapSeconds) ||
      overlapSeconds < 0 ||
      overlapSeconds > MAX_SECRET_OVERLAP_SECONDS
    ) {
      throw new ValidationError('invalid_secret_overlap');
    }
    const organisationId = scope.organisation.id;
    const current = await this.find(organisationId, applicationId);
    const now = this.deps.clock.now();
    const { secret, clientSecret } = await this.issueSecret(now.toISOString());
    const previous = current.secrets.find(
      (candidate) => candidate.expiresAt === undefined && secretIsLive(candidate, now),
    );
    const previousSecretExpiresAt =
      previous && overlapSeconds > 0
        ? new Date(now.getTime() + overlapSeconds * 1000).toISOString()
        : undefined;
    const next: Application = {
      ...current,
      secrets: [
        secret,
        ...(previous && previousSecretExpiresAt
          ? [{ ...previous, expiresAt: previousSecretExpiresAt }]
          : []),
      ],
      updatedAt: now.toISOString(),
      version: current.version + 1,
    };
    await this.deps.applications.save(
      next,
      this.change(actor, scope, 'application.secret_reissued', next, {
        secretId: secret.id,
        overlapSeconds: String(overlapSeconds),
      }),
    );
    const { hash: _keyedHash, ...info } = secret;
    return {
      clientId: current.clientId,
      clientSecret,
      secret: info,
      ...(previousSecretExpiresAt && { previousSecretExpiresAt }),
    };
  }

  private async issueSecret(
    createdAt: string,
  ): Promise<{ secret: StoredClientSecret; clientSecret: string }> {
    const clientSecret = this.deps.hasher.newSecret();
    const secret: StoredClientSecret = {
      id: this.deps.crypto.newId(),
      hash: await this.deps.hasher.hash(clientSecret),
      createdAt,
    };
    return { secret, clientSecret };
  }

  private async find(organisationId: string, applicationId: string): Promise<Application> {
    const application = await this.deps.applications.get(organisationId, applicationId);
    if (!application) throw new NotFoundError('application_not_found');
    return application;
  }

  private change(
    actor: Actor,
    scope: AuthorisedScope<'application.manage' | 'application.reissueSecret'>,
    action: AuditAction,
    application: Application,
    details: Record<string, string> = {},
  ): Change {
    return {
      audit: this.audit.record(actor, {
        organisationId: scope.organisation.id,
        actorRole: scope.membership.role,
        action,
        target: { type: 'application', id: application.id },
        details: { name: application.name, clientId: application.clientId, ...details },
      }),
      actorMustHold: rolesAllowedTo(scope.action),
    };
  }
}

function validate(input: ApplicationUpdate): void {
  if (
    (input.name !== undefined && !isValidApplicationName(input.name)) ||
    (input.description !== undefined && !isValidApplicationDescription(input.description))
  ) {
    throw new ValidationError('invalid_application');
  }
}
