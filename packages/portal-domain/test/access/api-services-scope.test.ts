import { DynamoWebhookRepository } from '@devportal/portal-dynamodb';
import { describe, expect, it } from 'vitest';
import {
  AccessRequestService,
  type Actor,
  ApplicationService,
  AuditService,
  BankConnectionService,
  ForbiddenError,
  MemberService,
  OrganisationAccess,
  type OrganisationScope,
  SubscriptionService,
  TokenVault,
  UsageService,
  WebhookService,
} from '../../src/index.js';
import { serviceDependencies, type TestOrganisation, useApiWorld } from '../support/api-world.js';
import { countingAccessReads } from '../support/counting-access-reads.js';

const world = useApiWorld('api-services-scope');

/** The API-access services on storage whose organisation and membership reads are counted. */
function countingServices() {
  const { reads, deps } = countingAccessReads(serviceDependencies(world));
  // Sealing is never reached by the reads below: a vault without a key suffices.
  const vault = new TokenVault({
    generateDataKey: () => Promise.reject(new Error('not used')),
    unwrapDataKey: () => Promise.reject(new Error('not used')),
  });
  return {
    reads,
    applications: new ApplicationService(deps),
    subscriptions: new SubscriptionService(deps),
    accessRequests: new AccessRequestService(deps),
    audit: new AuditService(deps),
    bankConnections: new BankConnectionService({ ...deps, vault }),
    usage: new UsageService(deps),
    webhooks: new WebhookService({
      ...deps,
      webhooks: new DynamoWebhookRepository(world.store),
      vault,
    }),
  };
}

/** What a gate in front of the services resolves once per request. */
function gateScope(actor: Actor, organisation: TestOrganisation): Promise<OrganisationScope> {
  return new OrganisationAccess(world.repositories.organisations, world.repositories.members).enter(
    actor,
    organisation.id,
  );
}

describe('API-access services given the scope a gate resolved', () => {
  it('read neither the organisation nor the membership again', async () => {
    const organisation = await world.organisation();
    const { Owner } = organisation.members;
    const scope = await gateScope(Owner, organisation);
    const services = countingServices();

    const { application, clientSecret } = await services.applications.create(Owner, scope, {
      name: 'Scoped',
    });
    world.witness.remember('client secret', clientSecret);
    await services.applications.list(Owner, scope);
    await services.applications.get(Owner, scope, application.id);
    await services.subscriptions.subscribe(
      Owner,
      scope,
      application.id,
      'business-cards',
      'sandbox',
    );
    await services.subscriptions.list(Owner, scope, application.id);
    await services.accessRequests.listForOrganisation(Owner, scope);
    await services.audit.list(Owner, scope);
    await services.bankConnections.status(Owner, scope);
    await services.usage.organisationReport(Owner, scope, 'day', '2026-11-01', '2026-11-02');
    await services.webhooks.list(Owner, scope, application.id);

    expect(services.reads).toEqual({ organisations: 0, members: 0 });
  });

  it('refuse at commit a change by an actor demoted after the gate resolved their scope', async () => {
    const organisation = await world.organisation();
    const { Owner, Developer } = organisation.members;
    const stale = await gateScope(Developer, organisation);
    const services = countingServices();
    const members = new MemberService(serviceDependencies(world));
    await members.changeRole(Owner, organisation.id, Developer.userId, 'Observer');

    const created = services.applications.create(Developer, stale, { name: 'Too late' });

    await expect(created).rejects.toBeInstanceOf(ForbiddenError);
    const { items } = await services.applications.list(Owner, organisation.id);
    expect(items).toEqual([]);
  });
});
