import { webhookSecretOf } from '@devportal/portal-client/webhooks';
import type { AuthorisedScope } from '../access/organisation-access.js';
import type { ApplicationRepository } from '../applications/application-repository.js';
import { AuditRecorder } from '../audit/audit-recorder.js';
import type { TokenVault } from '../bank-connection/token-vault.js';
import type { Actor } from '../context/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../errors.js';
import type { Clock } from '../ports/clock.js';
import type { DomainCrypto } from '../ports/crypto.js';
import type { Page, PageRequest } from '../ports/page.js';
import { can, rolesAllowedTo } from '../roles/role-matrix.js';
import {
  isWebhookEventType,
  type RegisteredWebhook,
  WEBHOOK_EVENT_TYPES,
  type Webhook,
  type WebhookEventType,
  type WebhookView,
  webhookView,
} from './webhook.js';
import { type DeliveryAttempt, newDelivery } from './webhook-delivery.js';
import {
  checkWebhookDestination,
  PRODUCTION_WEBHOOK_DESTINATIONS,
  type WebhookDestinationPolicy,
} from './webhook-destination.js';
import type { WebhookRepository } from './webhook-repository.js';
import { webhookTestEvent } from './webhook-test-event.js';
import { WEBHOOK_URL_RULES } from './webhook-url.js';

/** What {@link WebhookService} runs on. */
export interface WebhookServiceDependencies {
  readonly applications: ApplicationRepository;
  readonly webhooks: WebhookRepository;
  /** Seals signing secrets: they must be opened again to sign, so they cannot be hashed. */
  readonly vault: TokenVault;
  readonly clock: Clock;
  readonly crypto: DomainCrypto;
  /** Where webhooks may point (production's rules on the machine's DNS when omitted). */
  readonly destinations?: WebhookDestinationPolicy;
}

/** What a member asks for when registering a webhook. */
export interface WebhookInput {
  readonly url: string;
  /** The kinds of event wanted; every kind when omitted. */
  readonly events?: readonly string[];
}

/** How many webhooks one application may have. */
export const MAX_WEBHOOKS_PER_APPLICATION = 5;

/**
 * Webhooks of an application: registered and deleted by those who manage
 * applications, listed with their delivery log by every member. The signing secret
 * leaves this service once, at registration; the full URL (which may carry a
 * receiver's token) only to those who manage applications.
 */
export class WebhookService {
  private readonly audit: AuditRecorder;

  constructor(private readonly deps: WebhookServiceDependencies) {
    this.audit = new AuditRecorder(deps.clock, deps.crypto);
  }

  /** Registers a webhook and returns it with its signing secret, shown this once. */
  async register(
    actor: Actor,
    scope: AuthorisedScope<'application.manage'>,
    applicationId: string,
    input: WebhookInput,
  ): Promise<RegisteredWebhook> {
    const organisationId = scope.organisation.id;
    await this.findApplication(organisationId, applicationId);
    const destination = await checkWebhookDestination(
      input.url,
      this.deps.destinations ?? PRODUCTION_WEBHOOK_DESTINATIONS,
    );
    if (!destination.ok) {
      throw new ValidationError('invalid_webhook_url', WEBHOOK_URL_RULES[destination.rule]);
    }
    const { url } = destination;
    const events = eventsOf(input.events);
    const existing = await this.deps.webhooks.listByApplication(organisationId, applicationId);
    if (existing.length >= MAX_WEBHOOKS_PER_APPLICATION) {
      throw new ConflictError('webhook_limit_reached');
    }
    const secret = webhookSecretOf(this.deps.crypto.newKey());
    const webhook: Webhook = {
      id: this.deps.crypto.newId(),
      organisationId,
      applicationId,
      url,
      events,
      secret: await this.deps.vault.seal(secret, organisationId, 'webhook-secret'),
      createdAt: this.deps.clock.now().toISOString(),
      createdBy: actor.userId,
    };
    await this.deps.webhooks.create(webhook, {
      audit: this.audit.record(actor, {
        organisationId,
        actorRole: scope.membership.role,
        action: 'webhook.registered',
        target: { type: 'webhook', id: webhook.id },
        // The origin only: receivers sometimes carry a token in the path or query.
        details: { applicationId, origin: new URL(url).origin, events: events.join(' ') },
      }),
      actorMustHold: rolesAllowedTo(scope.action),
    });
    return { webhook: webhookView(webhook), secret };
  }

  /**
   * The application's webhooks; any member may see them, never their secrets. Those who may
   * not manage applications see each URL's origin only: a receiver's path or query often
   * carries its own token.
   */
  async list(
    { organisation, membership }: AuthorisedScope<'application.list'>,
    applicationId: string,
  ): Promise<WebhookView[]> {
    const organisationId = organisation.id;
    await this.findApplication(organisationId, applicationId);
    const webhooks = await this.deps.webhooks.listByApplication(organisationId, applicationId);
    const fullUrls = can(membership.role, 'application.manage');
    return webhooks.map((webhook) =>
      webhookView(fullUrls ? webhook : { ...webhook, url: new URL(webhook.url).origin }),
    );
  }

  /** Deletes a webhook: nothing more is sent to it. */
  async delete(
    actor: Actor,
    scope: AuthorisedScope<'application.manage'>,
    applicationId: string,
    webhookId: string,
  ): Promise<void> {
    const organisationId = scope.organisation.id;
    const webhook = await this.find(organisationId, applicationId, webhookId);
    await this.deps.webhooks.delete(webhook, {
      audit: this.audit.record(actor, {
        organisationId,
        actorRole: scope.membership.role,
        action: 'webhook.deleted',
        target: { type: 'webhook', id: webhookId },
        details: { applicationId },
      }),
      actorMustHold: rolesAllowedTo(scope.action),
    });
  }

  /**
   * Queues a test event for this webhook alone, delivered like any other event (the destination
   * checked again before each attempt, signed, retried, logged); resolves the event's id.
   */
  async sendTestEvent(
    actor: Actor,
    scope: AuthorisedScope<'application.manage'>,
    applicationId: string,
    webhookId: string,
  ): Promise<{ eventId: string }> {
    const webhook = await this.find(scope.organisation.id, applicationId, webhookId);
    const now = this.deps.clock.now();
    const event = webhookTestEvent(webhook, actor, now, this.deps.crypto);
    await this.deps.webhooks.enqueue([newDelivery(webhook, event, now)]);
    return { eventId: event.id };
  }

  /** The webhook's delivery log, newest first; any member may see it. */
  async deliveries(
    { organisation }: AuthorisedScope<'application.list'>,
    applicationId: string,
    webhookId: string,
    page: PageRequest = {},
  ): Promise<Page<DeliveryAttempt>> {
    const organisationId = organisation.id;
    await this.find(organisationId, applicationId, webhookId);
    return this.deps.webhooks.listAttempts(organisationId, applicationId, webhookId, page);
  }

  private async findApplication(organisationId: string, applicationId: string): Promise<void> {
    const application = await this.deps.applications.get(organisationId, applicationId);
    if (!application) throw new NotFoundError('application_not_found');
  }

  private async find(
    organisationId: string,
    applicationId: string,
    webhookId: string,
  ): Promise<Webhook> {
    const webhook = await this.deps.webhooks.get(organisationId, applicationId, webhookId);
    if (!webhook) throw new NotFoundError('webhook_not_found');
    return webhook;
  }
}

function eventsOf(requested: readonly string[] | undefined): WebhookEventType[] {
  if (requested === undefined) return [...WEBHOOK_EVENT_TYPES];
  const events = [...new Set(requested)];
  if (events.length === 0 || !events.every(isWebhookEventType)) {
    throw new ValidationError('invalid_webhook_events');
  }
  return events;
}
