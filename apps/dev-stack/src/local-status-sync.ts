import type { BankContourAccess } from '@devportal/bank-access';
import {
  type Clock,
  type DomainCrypto,
  type FailingWebhookNotifier,
  type KeyEncryptionPort,
  type PortalRepositories,
  TokenVault,
  type WebhookDestinationPolicy,
} from '@devportal/portal-domain';
import {
  httpWebhookTransport,
  SberBankStateReader,
  type StatusSyncDependencies,
  statusSyncOnTable,
} from '@devportal/status-sync';

/** What the local stack's status sync is made of. */
export interface LocalStatusSyncSettings {
  /** The portal's repositories on the local table, shared with the stack's other services. */
  readonly repositories: PortalRepositories;
  readonly clock: Clock;
  readonly crypto: DomainCrypto;
  readonly keyEncryption: KeyEncryptionPort;
  /** The contours as the cards gateway reaches them (the sandbox's shared demo organisation). */
  readonly contours: BankContourAccess;
  /** Where webhooks may be delivered (the local stack's loopback allowances). */
  readonly webhookDestinations: WebhookDestinationPolicy;
  /** Who hears of an endpoint failing its attempts in a row (the stack's mail, in MailDev). */
  readonly failingWebhooks?: FailingWebhookNotifier;
}

/** The status sync of the local stack and the reader whose connections it must close. */
export interface LocalStatusSync {
  readonly deps: StatusSyncDependencies;
  close(): Promise<void>;
}

/**
 * The status sync on the local table, the same functions as on Lambda: documents are read on the
 * contour their record names, with the gateway's access (each bank call bounded by the sync's
 * check timeout); status changes are published to the webhook outbox and delivered, on a timer of
 * their own (`startStatusSyncTimer`), to the address each delivery checked (loopback receivers
 * allowed by `webhookDestinations`: nothing else runs locally). The schedule's checks go through the dispatcher and the worker with the
 * queue in process; each check round then rolls usage up, as the schedule's invocation does.
 */
export function localStatusSync(settings: LocalStatusSyncSettings): LocalStatusSync {
  const { repositories, clock, crypto } = settings;
  const { webhooks } = repositories;
  const bank = new SberBankStateReader({ contours: settings.contours });
  return {
    deps: statusSyncOnTable(repositories, {
      bank,
      // Records made before the gateway recorded contours were all the sandbox's.
      webhookDelivery: {
        webhooks,
        vault: new TokenVault(settings.keyEncryption),
        transport: httpWebhookTransport(),
        clock,
        destinations: settings.webhookDestinations,
        ...(settings.failingWebhooks && { failingWebhooks: settings.failingWebhooks }),
      },
      clock,
      crypto,
    }),
    close: () => bank.close(),
  };
}
