import type { SealedSecret } from '../bank-connection/token-vault.js';

/** The kinds of event a webhook can receive. */
export const WEBHOOK_EVENT_TYPES = ['limit_change.state_changed', 'quota.warning'] as const;

/** A kind of event a webhook can receive. */
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Whether `value` names a kind of webhook event. */
export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}

/** An application's webhook as stored: the signing secret only sealed. */
export interface Webhook {
  readonly id: string;
  readonly organisationId: string;
  readonly applicationId: string;
  /** Where events are POSTed (https; loopback http only where the deployment allows it). */
  readonly url: string;
  readonly events: readonly WebhookEventType[];
  /** The HMAC-SHA256 signing secret, sealed by the envelope encryption of the token vault. */
  readonly secret: SealedSecret;
  readonly createdAt: string;
  readonly createdBy: string;
}

/** A webhook as shown to members: never its secret. */
export interface WebhookView {
  readonly id: string;
  readonly applicationId: string;
  readonly url: string;
  readonly events: readonly WebhookEventType[];
  readonly createdAt: string;
  readonly createdBy: string;
}

/** A webhook just registered, with its signing secret: shown this once, never again. */
export interface RegisteredWebhook {
  readonly webhook: WebhookView;
  readonly secret: string;
}

/** The members' view of `webhook`. */
export function webhookView(webhook: Webhook): WebhookView {
  const { id, applicationId, url, events, createdAt, createdBy } = webhook;
  return { id, applicationId, url, events, createdAt, createdBy };
}
