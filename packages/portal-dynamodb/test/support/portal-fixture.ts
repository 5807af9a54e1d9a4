import { randomUUID } from 'node:crypto';
import {
  type Action,
  type Actor,
  AuditService,
  InvitationService,
  MemberService,
  nodeCrypto,
  OrganisationAccess,
  OrganisationService,
  type PortalDependencies,
  RegistrationService,
  type Role,
} from '@devportal/portal-domain';
import { TestClock } from '@devportal/portal-domain/test-clock';
import { SecretWitness, useDynamoDbTestTable } from '@devportal/test-support';
import { createTable, dynamoRepositories } from '../../src/index.js';
import { WriteBarrier } from './write-barrier.js';

/** An organisation with one member in each role, plus a Developer other members act upon. */
export interface Scene {
  readonly organisationId: string;
  readonly actors: Readonly<Record<Role, Actor>>;
  /** A Developer: the one removed, re-roled or made Owner by the actions under test. */
  readonly target: Actor;
  /** Someone registered who belongs to another organisation only. */
  readonly outsider: Actor;
}

/**
 * The portal's services on a table of the test file's own, on the run's DynamoDB
 * Local, with a test clock; every token it issues is remembered for the final
 * plaintext scan.
 */
export function usePortal(prefix: string) {
  const table = useDynamoDbTestTable(prefix, createTable);
  const clock = new TestClock();
  const secrets = new SecretWitness();
  const deps = (): PortalDependencies => ({
    ...dynamoRepositories({ client: table.client, tableName: table.tableName }),
    clock,
    crypto: nodeCrypto,
  });

  const portal = {
    table,
    clock,
    secrets,
    /** The storage ports themselves, for tests of what storage guards on its own. */
    get dependencies() {
      return deps();
    },
    get registration() {
      return new RegistrationService(deps());
    },
    get organisations() {
      return new OrganisationService(deps());
    },
    get members() {
      return new MemberService(deps());
    },
    get invitations() {
      return new InvitationService(deps());
    },
    get audit() {
      return new AuditService(deps());
    },
    /** The one way to a scope, as the portal API's gate takes it. */
    get access() {
      const { organisations, members } = deps();
      return new OrganisationAccess(organisations, members);
    },

    /** `actor`'s scope in the organisation for `action`, refused as the gate refuses. */
    scope<A extends Action>(actor: Actor, organisationId: string, action: A) {
      return portal.access.authorise(actor, organisationId, action);
    },

    /** `actor`'s scope in the organisation whatever their role (a member leaving). */
    enter(actor: Actor, organisationId: string) {
      return portal.access.enter(actor, organisationId);
    },

    /**
     * Member and invitation services whose writes wait at one barrier until
     * `racers` of them are ready, so concurrent operations truly race.
     */
    racing(racers: number) {
      const barrier = new WriteBarrier(racers);
      const base = deps();
      const racingDeps: PortalDependencies = {
        ...base,
        members: barrier.hold(base.members, ['changeRole', 'remove', 'transferOwnership']),
        invitations: barrier.hold(base.invitations, ['accept']),
      };
      return {
        members: new MemberService(racingDeps),
        invitations: new InvitationService(racingDeps),
      };
    },

    /** A new person (not registered yet), named as their identity token would name them. */
    person(label = 'user'): Actor {
      const userId = `${label}-${randomUUID()}`;
      return {
        userId,
        email: `${userId}@partner.example`,
        name: `Person ${userId}`,
        sourceIp: '203.0.113.7',
      };
    },

    /** A new person, registered; returns them and their test organisation's id. */
    async registered(label?: string): Promise<{ actor: Actor; testOrganisationId: string }> {
      const actor = portal.person(label);
      const { testOrganisation } = await portal.registration.register(actor);
      return { actor, testOrganisationId: testOrganisation.id };
    },

    /** Invites `email` as `role` and remembers the token as a secret. */
    async invite(inviter: Actor, organisationId: string, email: string, role: string) {
      const issued = await portal.invitations.invite(
        inviter,
        await portal.scope(inviter, organisationId, 'member.invite'),
        email,
        role,
      );
      secrets.remember(`invitation token for ${issued.invitation.id}`, issued.token);
      return issued;
    },

    /** Registers `actor` into `organisationId` as `role`, the way people join: invitation and accept. */
    async join(inviter: Actor, organisationId: string, role: Role, label?: string): Promise<Actor> {
      const { actor } = await portal.registered(label ?? role.toLowerCase());
      const { token } = await portal.invite(inviter, organisationId, actor.email, role);
      await portal.invitations.accept(actor, token);
      return actor;
    },

    /** A fresh organisation with one member per role and a Developer to act upon. */
    async scene(): Promise<Scene> {
      const { actor: owner, testOrganisationId: organisationId } = await portal.registered('owner');
      const [administrator, developer, observer, target, outsider] = await Promise.all([
        portal.join(owner, organisationId, 'Administrator'),
        portal.join(owner, organisationId, 'Developer'),
        portal.join(owner, organisationId, 'Observer'),
        portal.join(owner, organisationId, 'Developer', 'target'),
        portal.registered('outsider').then(({ actor }) => actor),
      ]);
      return {
        organisationId,
        actors: {
          Owner: owner,
          Administrator: administrator,
          Developer: developer,
          Observer: observer,
        },
        target,
        outsider,
      };
    },

    /** Every role held in the organisation, read back from storage (page by page). */
    async rolesIn(organisationId: string): Promise<Record<string, Role>> {
      const roles: Record<string, Role> = {};
      let cursor: string | undefined;
      do {
        const page = await deps().members.list(organisationId, {
          limit: 2,
          ...(cursor && { cursor }),
        });
        for (const member of page.items) roles[member.userId] = member.role;
        cursor = page.nextCursor;
      } while (cursor);
      return roles;
    },
  };
  return portal;
}

/** The portal fixture of one test file. */
export type Portal = ReturnType<typeof usePortal>;
