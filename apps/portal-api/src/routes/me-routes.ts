import {
  type Actor,
  ConflictError,
  DEFAULT_PORTAL_LANGUAGE,
  type MyOrganisation,
  type PortalLanguage,
  type UserProfile,
} from '@devportal/portal-domain';
import type { Person } from '../auth/person.js';
import type { PortalServices } from '../portal-services.js';
import { organizationSummaryView } from '../views/organization-views.js';
import { type HandlerTable, ok } from './operation-call.js';

const PROVISIONING_ATTEMPTS = 3;
/** The largest page the organisations are read in; the contract lists them all in one answer. */
const ORGANISATIONS_PER_READ = 100;

/**
 * `GET /v1/me`: the person's profile and organisations, provisioning them on the first call;
 * `PATCH /v1/me`: their preferred language.
 */
export function meRoutes(services: PortalServices): Pick<HandlerTable, 'getMe' | 'updateMe'> {
  return {
    async getMe(call) {
      // The language signed up in (the ID token's locale), else the page's.
      const language = call.person.language ?? call.query.language;
      const profile = await provision(services, call.actor, language);
      const mine = await allMyOrganisations(services, call.actor);
      return ok({
        user: userView(call.person, profile),
        organizations: mine.map(({ organisation, role }) =>
          organizationSummaryView(organisation, role),
        ),
      });
    },
    async updateMe(call) {
      const profile = await services.registration.setLanguage(call.actor, call.body.language);
      return ok(userView(call.person, profile));
    },
  };
}

/** The person as the token names them, with the language their profile keeps. */
function userView(person: Person, profile: UserProfile) {
  return {
    id: person.userId,
    email: person.email,
    ...(person.name !== undefined && { name: person.name }),
    operator: person.operator,
    language: profile.language ?? DEFAULT_PORTAL_LANGUAGE,
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
): Promise<UserProfile> {
  for (let attempt = 1; ; attempt++) {
    const registered = await services.repositories.users.get(actor.userId);
    if (registered) return registered;
    try {
      return (await services.registration.register(actor, language)).profile;
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
