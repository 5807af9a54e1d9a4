import {
  AccessRequestService,
  ApplicationService,
  AuditService,
  BankConnectionService,
  ForbiddenError,
  MemberService,
  OrganisationAccess,
  SubscriptionService,
  TokenVault,
  UsageService,
  WebhookService,
} from '@devportal/portal-domain';
import { describe, expect, it } from 'vitest';
import { DynamoWebhookRepository } from '../../src/index.js';
import { serviceDependencies, useApiWorld } from '../support/api-world.js';
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
    access: new OrganisationAccess(deps.organisations, deps.members),
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

describe('API-access services given an authorised scope', () => {
  it('read neither the organisation nor the membership again', async () => {
    const organisation = await world.organisation();
    const { Owner } = organisation.members;
    const services = countingServices();
    const scope = <A extends Parameters<OrganisationAccess['authorise']>[2]>(action: A) =>
      services.access.authorise(Owner, organisation.id, action);
    const [manage, list, subscribe, subscriptions, view, audit, analytics] = await Promise.all([
      scope('application.manage'),
      scope('application.list'),
      scope('subscription.manage'),
      scope('subscription.list'),
      scope('organisation.view'),
      scope('audit.view'),
      scope('analytics.view'),
    ]);
    const minted = { ...services.reads };

    const { application, clientSecret } = await services.applications.create(Owner, manage, {
      name: 'Scoped',
    });
    world.witness.remember('client secret', clientSecret);
    await services.applications.list(list);
    await services.applications.get(list, application.id);
    await services.subscriptions.subscribe(
      Owner,
      subscribe,
      application.id,
      'business-cards',
      'sandbox',
    );
    await services.subscriptions.list(subscriptions, application.id);
    await services.accessRequests.listForOrganisation(view);
    await services.audit.list(audit);
    await services.bankConnections.status(view);
    await services.usage.organisationReport(analytics, 'day', '2026-11-01', '2026-11-02');
    await services.webhooks.list(list, application.id);

    expect(services.reads).toEqual(minted);
  });

  it('refuse at commit a change by an actor demoted after their scope was authorised', async () => {
    const organisation = await world.organisation();
    const { Owner, Developer } = organisation.members;
    const stale = await world.scope(Developer, organisation.id, 'application.manage');
    const services = countingServices();
    const members = new MemberService(serviceDependencies(world));
    await members.changeRole(
      Owner,
      await world.scope(Owner, organisation.id, 'member.changeRole'),
      Developer.userId,
      'Observer',
    );

    const created = services.applications.create(Developer, stale, { name: 'Too late' });

    await expect(created).rejects.toBeInstanceOf(ForbiddenError);
    const { items } = await services.applications.list(
      await world.scope(Owner, organisation.id, 'application.list'),
    );
    expect(items).toEqual([]);
  });
});
