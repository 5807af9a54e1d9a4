import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  type Clock,
  type DomainCrypto,
  type KeyEncryptionPort,
  TokenVault,
  WebhookPublisher,
} from '@devportal/portal-domain';
import {
  DocumentStore,
  DynamoWebhookRepository,
  dynamoApiRepositories,
  dynamoPortalRepositories,
} from '@devportal/portal-domain/dynamodb';
import {
  type ContourAccess,
  fetchWebhookTransport,
  fixedContour,
  SberBankStateReader,
  type StatusSyncDependencies,
} from '@devportal/status-sync';

/** What the local stack's status sync is made of. */
export interface LocalStatusSyncSettings {
  readonly dynamoDb: DynamoDBClient;
  readonly tableName: string;
  readonly clock: Clock;
  readonly crypto: DomainCrypto;
  readonly keyEncryption: KeyEncryptionPort;
  /** The sandbox as the cards gateway reaches it (the shared demo organisation). */
  readonly sandbox: ContourAccess;
}

/** The status sync of the local stack and the reader whose connections it must close. */
export interface LocalStatusSync {
  readonly deps: StatusSyncDependencies;
  close(): Promise<void>;
}

/**
 * The status sync on the local table: documents are read at the sandbox with the gateway's
 * access, status changes are published to the webhook outbox and delivered over plain `fetch`
 * (loopback receivers included: nothing else runs locally).
 */
export function localStatusSync(settings: LocalStatusSyncSettings): LocalStatusSync {
  const { dynamoDb, tableName, clock, crypto } = settings;
  const store = new DocumentStore(dynamoDb, tableName);
  const webhooks = new DynamoWebhookRepository(store);
  const bank = new SberBankStateReader({ contours: { sandbox: settings.sandbox } });
  return {
    deps: {
      ...dynamoPortalRepositories(dynamoDb, tableName),
      limitChanges: dynamoApiRepositories(store).limitChanges,
      bank,
      contourOf: fixedContour('sandbox'),
      outbox: new WebhookPublisher({ webhooks, clock }),
      webhookDelivery: {
        webhooks,
        vault: new TokenVault(settings.keyEncryption),
        transport: fetchWebhookTransport(),
        clock,
      },
      clock,
      crypto,
    },
    close: () => bank.close(),
  };
}
