import type { AuthorisedScope } from '../access/organisation-access.js';
import { AuditRecorder } from '../audit/audit-recorder.js';
import type { Actor } from '../context/actor.js';
import { ValidationError } from '../errors.js';
import type { PortalDependencies } from '../portal-dependencies.js';
import type { Page, PageRequest } from '../ports/page.js';
import type { Role } from '../roles/role.js';
import { rolesAllowedTo } from '../roles/role-matrix.js';
import { foundOrganisation } from './founding.js';
import { normaliseOrganisationName, type Organisation } from './organisation.js';
import type { MyOrganisation } from './organisation-repository.js';

/** The organisation's cabinet: what every member may see. */
export interface Cabinet {
  readonly organisation: Organisation;
  readonly myRole: Role;
  /** How many members it has (the members themselves are listed page by page). */
  readonly memberCount: number;
}

/** Creating, viewing, renaming and deleting organisations. */
export class OrganisationService {
  private readonly recorder: AuditRecorder;

  constructor(private readonly deps: PortalDependencies) {
    this.recorder = new AuditRecorder(deps.clock, deps.crypto);
  }

  /** Creates an organisation owned by the actor; a user may own any number. */
  async create(actor: Actor, name: string): Promise<Organisation> {
    const { organisation, owner } = foundOrganisation(
      actor,
      validName(name),
      'regular',
      this.deps.clock,
      this.deps.crypto,
    );
    const audit = this.recorder.record(actor, {
      organisationId: organisation.id,
      actorRole: 'Owner',
      action: 'organisation.created',
      target: { type: 'organisation', id: organisation.id },
      details: { name: organisation.name },
    });
    await this.deps.organisations.create(organisation, owner, { audit });
    return organisation;
  }

  /** One page of the organisations the actor belongs to, with their role in each. */
  async listMine(actor: Actor, page: PageRequest = {}): Promise<Page<MyOrganisation>> {
    return this.deps.organisations.listForUser(actor.userId, page);
  }

  /** The organisation's cabinet, for any member. */
  async cabinet({
    organisation,
    membership,
  }: AuthorisedScope<'organisation.view'>): Promise<Cabinet> {
    const memberCount = await this.deps.members.count(organisation.id);
    return { organisation, myRole: membership.role, memberCount };
  }

  /** Renames the organisation (Owner or Administrator). */
  async rename(
    actor: Actor,
    scope: AuthorisedScope<'organisation.rename'>,
    name: string,
  ): Promise<Organisation> {
    const newName = validName(name);
    const { organisation, membership } = scope;
    const audit = this.recorder.record(actor, {
      organisationId: organisation.id,
      actorRole: membership.role,
      action: 'organisation.renamed',
      target: { type: 'organisation', id: organisation.id },
      details: { from: organisation.name, to: newName, name: newName },
    });
    await this.deps.organisations.rename(organisation, newName, {
      audit,
      actorMustHold: rolesAllowedTo(scope.action),
    });
    return { ...organisation, name: newName, version: organisation.version + 1 };
  }

  /** Deletes the organisation and everything in it (Owner only); its audit trail is kept. */
  async delete(actor: Actor, scope: AuthorisedScope<'organisation.delete'>): Promise<void> {
    const { organisation, membership } = scope;
    const audit = this.recorder.record(actor, {
      organisationId: organisation.id,
      actorRole: membership.role,
      action: 'organisation.deleted',
      target: { type: 'organisation', id: organisation.id },
      details: { name: organisation.name },
    });
    await this.deps.organisations.delete(organisation, {
      audit,
      actorMustHold: rolesAllowedTo(scope.action),
    });
  }
}

function validName(name: string): string {
  const normalised = normaliseOrganisationName(name);
  if (normalised === undefined) throw new ValidationError('invalid_name');
  return normalised;
}
