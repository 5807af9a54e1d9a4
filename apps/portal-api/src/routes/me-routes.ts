import {
  type Actor,
  ConflictError,
  type MyOrganisation,
  type PortalLanguage,
} from '@devportal/portal-domain';
import type { PortalServices } from '../portal-services.js';
import { organizationSummaryView } from '../views/organization-views.js';
import { type HandlerTable, ok } from './operation-call.js';

const PROVISIONING_ATTEMPTS = 3;
/** The largest page the organisations are read in; the contract lists them all in one answer. */
const ORGANISATIONS_PER_READ = 100;

/** `GET /v1/me`: the person's profile and organisations, provisioning them on the first call. */
export function meRoutes(services: PortalServices): Pick<HandlerTable, 'getMe'> {
  return {
    async getMe(call) {
      await provision(services, call.actor, call.person.language);
      const mine = await allMyOrganisations(services, call.actor);
      const { person } = call;
      return ok({
        user: {
          id: person.userId,
          email: person.email,
          ...(person.name !== undefined && { name: person.name }),
          operator: person.operator,
        },
        organizations: mine.map(({ organisation, role }) =>
          organizationSummaryView(organisation, role),
        ),
      });
    },
  };
}

/**
 * Registers the person (profile and test organisation, named in the language they signed up in)
 * unless they are already. Concurrent first calls race on the profile's conditional put: the
 * losers see a conflict and read again.
 */
async function provision(
  services: PortalServices,
  actor: Actor,
  language: PortalLanguage | undefined,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    if (await services.repositories.users.get(actor.userId)) return;
    try {
      await services.registration.register(actor, language);
      return;
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt === PROVISIONING_ATTEMPTS) throw error;
    }
  }
}

async function allMyOrganisations(services: PortalServices, actor: Actor) {
  const mine: MyOrganisation[] = [];
  let cursor: string | undefined;
  do {
    const page = await services.organisations.listMine(actor, {
      limit: ORGANISATIONS_PER_READ,
      ...(cursor !== undefined && { cursor }),
    });
    mine.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return mine;
}
