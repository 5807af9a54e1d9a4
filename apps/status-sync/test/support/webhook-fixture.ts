import {
  type Action,
  ApplicationService,
  ClientSecretHasher,
  newPepperSecret,
  OrganisationAccess,
  RegistrationService,
  WebhookService,
} from '@devportal/portal-domain';
import { LOOPBACK_RECEIVERS, type SyncWorld } from './sync-world.js';

/**
 * A registered owner with their test organisation, the owner's scope in it for an action, a way to
 * create its applications, and the webhook service (loopback receivers allowed), on the world's
 * table.
 */
export async function webhookFixture(world: SyncWorld) {
  const owner = {
    userId: `owner-${world.organisationId}`,
    email: 'owner@example.test',
    sourceIp: '203.0.113.7',
  };
  const deps = world.serviceDeps;
  const { testOrganisation: organisation } = await new RegistrationService(deps).register(owner);
  const applications = new ApplicationService({
    ...deps,
    hasher: ClientSecretHasher.keyedBy(newPepperSecret()),
  });
  const webhooks = new WebhookService({
    ...deps,
    webhooks: world.webhooks,
    vault: world.vault,
    destinations: LOOPBACK_RECEIVERS,
  });
  const access = new OrganisationAccess(deps.organisations, deps.members);
  const scope = <A extends Action>(action: A) => access.authorise(owner, organisation.id, action);
  return {
    owner,
    organisation,
    scope,
    webhooks,
    /** Creates an application of the organisation; its id. */
    async createApplication(name: string): Promise<string> {
      const { application } = await applications.create(owner, await scope('application.manage'), {
        name,
      });
      return application.id;
    },
  };
}
