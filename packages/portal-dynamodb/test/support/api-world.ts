import { randomUUID } from 'node:crypto';
import {
  type Action,
  type Actor,
  type AuthorisedScope,
  CATALOG_V1,
  ClientSecretHasher,
  can,
  newPepperSecret,
  nodeCrypto,
  OrganisationAccess,
  type PortalRepositories,
  ROLES,
  type Role,
} from '@devportal/portal-domain';
import type { TestClock } from '@devportal/portal-domain/test-clock';
import type { DynamoDbTestTable, SecretWitness } from '@devportal/test-support';
import { beforeAll, expect } from 'vitest';
import { DocumentStore, dynamoRepositories } from '../../src/index.js';
import { foundOrganisationWithEveryRole } from './organisation-with-every-role.js';
import { usePortal } from './portal-fixture.js';

/** An organisation with one member of every role, and a person who belongs to none. */
export interface TestOrganisation {
  readonly id: string;
  readonly members: Readonly<Record<Role, Actor>>;
  readonly outsider: Actor;
}

/** Everything a test file of the API-access services needs, on its own table. */
export interface ApiWorld {
  readonly table: DynamoDbTestTable;
  store: DocumentStore;
  repositories: PortalRepositories;
  clock: TestClock;
  /** Keyed by a pepper of its own, as the stack keys with its secret one. */
  hasher: ClientSecretHasher;
  witness: SecretWitness;
  /** Founds an organisation and adds a member of each role. */
  organisation(): Promise<TestOrganisation>;
  /** `actor`'s scope in the organisation for `action`, refused as the portal API's gate refuses. */
  scope<A extends Action>(
    actor: Actor,
    organisationId: string,
    action: A,
  ): Promise<AuthorisedScope<A>>;
  /** Asserts that no secret the tests remembered is stored in plaintext anywhere in the table. */
  expectNoPlaintextSecrets(): Promise<void>;
}

/** A new person, as the identity provider would describe them. */
export function person(label: string, extra: Partial<Actor> = {}): Actor {
  const userId = `${label}-${randomUUID()}`;
  return { userId, email: `${userId}@example.test`, sourceIp: '203.0.113.7', ...extra };
}

/** A platform operator of the bank. */
export function operator(): Actor {
  return person('operator', { operator: true });
}

/**
 * Registers the hooks giving the calling test file an {@link ApiWorld} on the
 * portal fixture's table, clock and secret witness, the catalog published.
 */
export function useApiWorld(prefix: string): ApiWorld {
  const { table, clock, secrets } = usePortal(prefix);
  const world = {
    table,
    clock,
    hasher: ClientSecretHasher.keyedBy(newPepperSecret()),
    witness: secrets,
  } as ApiWorld;
  beforeAll(async () => {
    world.store = new DocumentStore(table.client, table.tableName);
    world.repositories = dynamoRepositories({ client: table.client, tableName: table.tableName });
    await world.repositories.catalog.publish(CATALOG_V1);
  });
  world.organisation = async () => {
    const members = { Owner: person('owner') } as Record<Role, Actor>;
    for (const role of ROLES) members[role] ??= person(role.toLowerCase());
    const id = await foundOrganisationWithEveryRole(table.client, table.tableName, world.clock, {
      founder: members.Owner,
      others: members,
    });
    return { id, members, outsider: person('outsider') };
  };
  world.scope = (actor, organisationId, action) =>
    new OrganisationAccess(world.repositories.organisations, world.repositories.members).authorise(
      actor,
      organisationId,
      action,
    );
  world.expectNoPlaintextSecrets = async () => {
    expect(world.witness.size).toBeGreaterThan(0);
    expect(await world.witness.findPlaintext(table.client, table.tableName)).toEqual([]);
  };
  return world;
}

/** The deps every organisation-scoped service shares. */
export function serviceDependencies(world: ApiWorld) {
  return {
    ...world.repositories,
    hasher: world.hasher,
    clock: world.clock,
    crypto: nodeCrypto,
  };
}

/** Every cell of the role matrix's row for `action`: `[role, allowed]`, for `it.each`. */
export function roleMatrixCells(action: Action): [Role, boolean][] {
  return ROLES.map((role) => [role, can(role, action)]);
}
