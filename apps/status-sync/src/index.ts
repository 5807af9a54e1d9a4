export { type BankFailure, bankFailureOf } from './bank-failure.js';
export type { BankStateReader } from './bank-state-reader.js';
export { dependenciesFromEnvironment, type StatusSyncEnvironment } from './config.js';
export { type ContourResolver, recordedContour } from './contour-resolver.js';
export { type DeliverWebhooksOptions, deliverDueWebhooks } from './deliver-webhooks.js';
export { MAX_NOT_FOUND_CHECKS, MAX_PAUSE_WAIT_MS } from './document-checker.js';
export { fetchWebhookTransport, WEBHOOK_TIMEOUT_MS } from './fetch-webhook-transport.js';
export { SberBankStateReader, type SberBankStateReaderOptions } from './sber-bank-state-reader.js';
export { runStatusSync, type StatusSyncOptions } from './status-sync.js';
export type {
  StatusSyncDependencies,
  WebhookDeliveryDependencies,
} from './status-sync-dependencies.js';
export type {
  StatusSyncReport,
  SyncFailure,
  WebhookDeliveryReport,
} from './status-sync-report.js';
export {
  type RequestedSyncRun,
  recordSyncRun,
  requestedSyncRunOf,
  syncRunsFromEnvironment,
} from './sync-run-record.js';
export { type StatusSyncTimer, startStatusSyncTimer } from './sync-timer.js';
