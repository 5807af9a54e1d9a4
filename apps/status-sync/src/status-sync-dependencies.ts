import type {
  Clock,
  DomainCrypto,
  FailingWebhookNotifier,
  LimitChangeServiceDependencies,
  TokenVault,
  UsageRollup,
  WebhookDestinationPolicy,
  WebhookOutbox,
  WebhookRepository,
  WebhookTransport,
} from '@devportal/portal-domain';
import type { BankStateReader } from './bank-state-reader.js';

/** Where webhook events go out: the store of deliveries, the secrets' vault and HTTP. */
export interface WebhookDeliveryDependencies {
  readonly webhooks: WebhookRepository;
  readonly vault: TokenVault;
  readonly transport: WebhookTransport;
  readonly clock: Clock;
  /** Where deliveries may go (production's rules on the machine's DNS when omitted). */
  readonly destinations?: WebhookDestinationPolicy;
  /** Who is told of an endpoint failing its attempts in a row (its managers, by e-mail). */
  readonly failingWebhooks?: FailingWebhookNotifier;
}

/**
 * Everything a status sync run works with (`statusSyncOnTable` assembles it on a portal table;
 * `config.ts` for Lambda).
 */
export interface StatusSyncDependencies extends LimitChangeServiceDependencies {
  readonly bank: BankStateReader;
  /** Where status changes are published for webhooks. */
  readonly outbox: WebhookOutbox;
  /**
   * Where webhook rounds deliver (their own invocation, `{ kind: 'webhooks' }`, and their own local
   * timer); a check run never delivers. Absent: no rounds.
   */
  readonly webhookDelivery?: WebhookDeliveryDependencies;
  /** Adds closed usage minutes into their hours and days after the schedule's checks. Absent: no roll-up. */
  readonly usageRollup?: UsageRollup;
  readonly clock: Clock;
  readonly crypto: DomainCrypto;
}
