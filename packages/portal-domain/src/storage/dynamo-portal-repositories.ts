import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { PortalRepositories } from '../portal-dependencies.js';
import { DocumentStore } from './document-store.js';
import { DynamoAuditTrail } from './dynamo-audit-trail.js';
import { DynamoInvitationRepository } from './dynamo-invitation-repository.js';
import { DynamoMemberRepository } from './dynamo-member-repository.js';
import { DynamoOrganisationRepository } from './dynamo-organisation-repository.js';
import { DynamoUserRepository } from './dynamo-user-repository.js';

/**
 * Every storage port of the portal on one DynamoDB table.
 *
 * @example
 * const repositories = dynamoPortalRepositories(new DynamoDBClient({}), 'portal');
 * const members = new MemberService({ ...repositories, clock: systemClock, crypto: nodeCrypto });
 */
export function dynamoPortalRepositories(
  client: DynamoDBClient,
  tableName: string,
): PortalRepositories {
  const store = new DocumentStore(client, tableName);
  return {
    users: new DynamoUserRepository(store),
    organisations: new DynamoOrganisationRepository(store),
    members: new DynamoMemberRepository(store),
    invitations: new DynamoInvitationRepository(store),
    auditTrail: new DynamoAuditTrail(store),
  };
}
