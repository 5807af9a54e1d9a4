import { OrganisationAccess, type OrganisationTarget } from '../access/organisation-access.js';
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
  private readonly access: OrganisationAccess;
  private readonly recorder: AuditRecorder;

  constructor(private readonly deps: PortalDependencies) {
    this.access = new OrganisationAccess(deps.organisations, deps.members);
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
  async cabinet(actor: Actor, target: OrganisationTarget): Promise<Cabinet> {
    const { organisation, membership } = await this.access.authorise(
      actor,
      target,
      'organisation.view',
    );
    const memberCount = await this.deps.members.count(organisation.id);
    return { organisation, myRole: membership.role, memberCount };
  }

  /** Renames the organisation (Owner or Administrator). */
  async rename(actor: Actor, target: OrganisationTarget, name: string): Promise<Organisation> {
    const newName = validName(name);
    const { organisation, membership } = await this.access.authorise(
      actor,
      target,
      'organisation.rename',
    );
    const audit = this.recorder.record(actor, {
      organisationId: organisation.id,
      actorRole: membership.role,
      action: 'organisation.renamed',
      target: { type: 'organisation', id: organisation.id },
      details: { from: organisation.name, to: newName },
    });
    await this.deps.organisations.rename(organisation, newName, {
      audit,
      actorMustHold: rolesAllowedTo('organisation.rename'),
    });
    return { ...organisation, name: newName, version: organisation.version + 1 };
  }

  /** Deletes the organisation and everything in it (Owner only); its audit trail is kept. */
  async delete(actor: Actor, target: OrganisationTarget): Promise<void> {
    const { organisation, membership } = await this.access.authorise(
      actor,
      target,
      'organisation.delete',
    );
    const audit = this.recorder.record(actor, {
      organisationId: organisation.id,
      actorRole: membership.role,
      action: 'organisation.deleted',
      target: { type: 'organisation', id: organisation.id },
      details: { name: organisation.name },
    });
    await this.deps.organisations.delete(organisation, {
      audit,
      actorMustHold: rolesAllowedTo('organisation.delete'),
    });
  }
}

function validName(name: string): string {
  const normalised = normaliseOrganisationName(name);
  if (normalised === undefined) throw new ValidationError('invalid_name');
  return normalised;
}
