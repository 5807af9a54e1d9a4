import { mailLanguageOf } from '@devportal/portal-mail';
import type { PortalServices } from '../portal-services.js';
import { accessRequestView } from '../views/access-request-view.js';
import { created, type HandlerTable, ok, pageRequestOf } from './operation-call.js';

type AccessRequestOperations =
  | 'listAccessRequests'
  | 'submitAccessRequest'
  | 'listAccessRequestsForReview'
  | 'decideAccessRequest';

/** Access requests for confidential products: organisations submit, bank operators decide. */
export function accessRequestRoutes(
  services: PortalServices,
): Pick<HandlerTable, AccessRequestOperations> {
  const { accessRequests } = services;
  return {
    async listAccessRequests(call) {
      const page = await accessRequests.listForOrganisation(call.scope, pageRequestOf(call));
      return ok({ ...page, items: page.items.map(accessRequestView) });
    },
    async submitAccessRequest(call) {
      const request = await accessRequests.submit(call.actor, call.scope, call.body);
      return created(accessRequestView(request));
    },
    async listAccessRequestsForReview(call) {
      const page = await accessRequests.listForReview(
        call.actor,
        call.query.status,
        pageRequestOf(call),
      );
      const names = await organisationNames(
        services,
        page.items.map((request) => request.organisationId),
      );
      return ok({
        ...page,
        items: page.items.map((request) => {
          const organizationName = names.get(request.organisationId);
          return {
            ...accessRequestView(request),
            ...(organizationName !== undefined && { organizationName }),
          };
        }),
      });
    },
    async decideAccessRequest(call) {
      const decided = await accessRequests.decide(call.actor, call.path.requestId, call.body);
      // The contact is named by the person who submitted: the mail goes in the submitter's language.
      const [organisation, product, submitter] = await Promise.all([
        services.repositories.organisations.get(decided.organisationId),
        services.repositories.catalog.getProduct(decided.productId),
        services.repositories.users.get(decided.submittedBy),
      ]);
      await services.mailer.accessRequestDecided(
        decided,
        organisation,
        product,
        mailLanguageOf(submitter?.language),
      );
      return ok(accessRequestView(decided));
    },
  };
}

/**
 * The current names of the organisations `ids` (each read once), for the operator, who reviews
 * requests of every organisation and knows them by name; a deleted one has none.
 */
async function organisationNames(
  services: PortalServices,
  ids: readonly string[],
): Promise<ReadonlyMap<string, string>> {
  const unique = [...new Set(ids)];
  const organisations = await Promise.all(
    unique.map((id) => services.repositories.organisations.get(id)),
  );
  return new Map(
    organisations.flatMap((organisation) =>
      organisation ? [[organisation.id, organisation.name] as const] : [],
    ),
  );
}
