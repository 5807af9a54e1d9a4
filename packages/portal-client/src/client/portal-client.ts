import type { CallOptions, ResponsePromise } from '@devportal/http-transport';
import type { Language, Me, MeUpdate, User } from '../portal-types.js';
import { AccessRequests } from '../resources/access-requests.js';
import { Analytics } from '../resources/analytics.js';
import { Applications } from '../resources/applications.js';
import { AuditEvents } from '../resources/audit-events.js';
import { BankConnection } from '../resources/bank-connection.js';
import { Invitations } from '../resources/invitations.js';
import { LimitChanges } from '../resources/limit-changes.js';
import { Members } from '../resources/members.js';
import { Operator } from '../resources/operator.js';
import { Organizations } from '../resources/organizations.js';
import { Products } from '../resources/products.js';
import { Subscriptions } from '../resources/subscriptions.js';
import { Webhooks } from '../resources/webhooks.js';
import type { PortalClientOptions } from './client-options.js';
import { PortalCore } from './portal-core.js';

/** What {@link PortalClient.me} takes. */
export interface MeParams {
  /** The page's language, kept as the person's preferred one when this call provisions them. */
  readonly language?: Language;
}

/**
 * A typed client of the portal's HTTPS API, one property per resource. Create it with
 * {@link createPortalClient}.
 */
export class PortalClient {
  readonly organizations: Organizations;
  readonly members: Members;
  readonly invitations: Invitations;
  readonly applications: Applications;
  readonly products: Products;
  readonly subscriptions: Subscriptions;
  readonly webhooks: Webhooks;
  readonly accessRequests: AccessRequests;
  readonly operator: Operator;
  readonly bankConnection: BankConnection;
  readonly auditEvents: AuditEvents;
  readonly analytics: Analytics;
  readonly limitChanges: LimitChanges;
  readonly #core: PortalCore;

  constructor(options: PortalClientOptions) {
    const core = new PortalCore(options);
    this.#core = core;
    this.organizations = new Organizations(core);
    this.members = new Members(core);
    this.invitations = new Invitations(core);
    this.applications = new Applications(core);
    this.products = new Products(core);
    this.subscriptions = new Subscriptions(core);
    this.webhooks = new Webhooks(core);
    this.accessRequests = new AccessRequests(core);
    this.operator = new Operator(core);
    this.bankConnection = new BankConnection(core);
    this.auditEvents = new AuditEvents(core);
    this.analytics = new Analytics(core);
    this.limitChanges = new LimitChanges(core);
  }

  /**
   * The signed-in person and their organisations; the first call provisions them, keeping
   * `params.language` (the page's) as the language the portal writes to them in.
   *
   * @example
   * ```ts
   * const { user, organizations } = await client.me();
   * ```
   */
  me(params: MeParams = {}, options?: CallOptions): ResponsePromise<Me> {
    return this.#core.send(
      'getMe',
      params.language === undefined ? {} : { params: { query: { language: params.language } } },
      options,
    );
  }

  /**
   * Changes the signed-in person's preferences: the language the portal's e-mails to them use.
   *
   * @example
   * ```ts
   * const user = await client.updateMe({ language: 'en' });
   * ```
   */
  updateMe(input: MeUpdate, options?: CallOptions): ResponsePromise<User> {
    return this.#core.send('updateMe', { body: input }, options);
  }

  /** Releases the client's connections. */
  close(): Promise<void> {
    return this.#core.close();
  }
}

/**
 * Creates a client of the portal's HTTPS API.
 *
 * @example
 * ```ts
 * import { createPortalClient, PortalConflictError } from '@devportal/portal-client';
 *
 * const client = createPortalClient({
 *   baseUrl: 'https://portal.example.com',
 *   tokenProvider: ({ forceRefresh }) => session.idToken({ forceRefresh }),
 * });
 * for await (const org of client.organizations.list()) {
 *   for await (const app of client.applications.list(org.id)) console.log(org.name, app.clientId);
 * }
 * ```
 */
export function createPortalClient(options: PortalClientOptions): PortalClient {
  return new PortalClient(options);
}
