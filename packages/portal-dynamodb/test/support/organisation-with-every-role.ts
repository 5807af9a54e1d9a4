import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  type Actor,
  AuditRecorder,
  type Clock,
  foundOrganisation,
  nodeCrypto,
  ROLES,
  type Role,
} from '@devportal/portal-domain';
import { DocumentStore, dynamoRepositories, memberItem, putItem } from '../../src/index.js';

/** The people an organisation with one member per role is made of. */
export interface EveryRole<Person> {
  /** Founds the organisation: its Owner, with the address the audit records. */
  readonly founder: Actor;
  /** One person for each other role. */
  readonly others: Readonly<Record<Exclude<Role, 'Owner'>, Person>>;
}

/**
 * Founds an organisation of `founder` on `tableName` and writes a membership for each of
 * `others` straight into storage: tests start from every role at once, without the invitations
 * (and their audit events) the people would otherwise go through. Returns the organisation's id.
 * Shared with the portal API's tests as `@devportal/portal-dynamodb/test-organisations`.
 */
export async function foundOrganisationWithEveryRole<
  Person extends { readonly userId: string; readonly email: string },
>(
  client: DynamoDBClient,
  tableName: string,
  clock: Clock,
  { founder, others }: EveryRole<Person>,
): Promise<string> {
  const { organisation, owner } = foundOrganisation(
    founder,
    'Partner',
    'regular',
    clock,
    nodeCrypto,
  );
  const audit = new AuditRecorder(clock, nodeCrypto).record(founder, {
    organisationId: organisation.id,
    actorRole: 'Owner',
    action: 'organisation.created',
    target: { type: 'organisation', id: organisation.id },
  });
  await dynamoRepositories({ client, tableName }).organisations.create(organisation, owner, {
    audit,
  });
  const roles = ROLES.filter((role): role is Exclude<Role, 'Owner'> => role !== 'Owner');
  await new DocumentStore(client, tableName).transact(
    roles.map((role) =>
      putItem(
        tableName,
        memberItem({
          organisationId: organisation.id,
          userId: others[role].userId,
          email: others[role].email,
          role,
          joinedAt: organisation.createdAt,
          version: 1,
        }),
      ),
    ),
  );
  return organisation.id;
}
