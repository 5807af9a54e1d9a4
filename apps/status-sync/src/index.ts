export { type BankFailure, bankFailureOf } from './bank-failure.js';
export type { BankStateReader } from './bank-state-reader.js';
export { CHECK_TIMEOUT_MS, checkStopMarginMs, ENDING_MARGIN_MS } from './check-run.js';
export {
  type CheckQueueMessage,
  type CheckWorkerResult,
  checkQueuedDocuments,
} from './check-worker.js';
export {
  checkQueueFromEnvironment,
  checkTimeoutFromEnvironment,
  dependenciesFromEnvironment,
  repositoriesFromEnvironment,
  type StatusSyncEnvironment,
} from './config.js';
export { type DeliverWebhooksOptions, deliverDueWebhooks } from './deliver-webhooks.js';
export {
  type DispatchReport,
  dispatchToQueue,
  QUEUED_CHECK_LEASE_MS,
} from './dispatch-due-checks.js';
export { MAX_PAUSE_WAIT_MS } from './document-checker.js';
export { httpWebhookTransport, WEBHOOK_TIMEOUT_MS } from './http-webhook-transport.js';
export { inProcessCheckQueue } from './in-process-check-queue.js';
export {
  CHECK_BATCH_SIZE,
  type ClaimedCheck,
  type LimitChangeCheckQueue,
} from './limit-change-check-queue.js';
export { RunDeadline, type RunDeadlineOptions } from './run-deadline.js';
export { SberBankStateReader, type SberBankStateReaderOptions } from './sber-bank-state-reader.js';
export { claimedCheckOf, SqsCheckQueue } from './sqs-check-queue.js';
export {
  IN_PROCESS_CHECK_LEASE_MS,
  MANUAL_RUN_FRESHNESS_MS,
  runStatusSync,
  type StatusSyncOptions,
} from './status-sync.js';
export type {
  StatusSyncDependencies,
  WebhookDeliveryDependencies,
} from './status-sync-dependencies.js';
export {
  createStatusSyncHandler,
  type InvocationContext,
  type StatusSyncAnswer,
  type StatusSyncEvent,
  type StatusSyncHandlerDependencies,
} from './status-sync-handler.js';
export type {
  StatusSyncReport,
  SyncFailure,
  WebhookDeliveryReport,
} from './status-sync-report.js';
export {
  type RequestedSyncRun,
  recordSyncRun,
  requestedSyncRunOf,
  timeLeftOfRun,
} from './sync-run-record.js';
export {
  type StatusSyncTimer,
  type StatusSyncTimerOptions,
  startStatusSyncTimer,
} from './sync-timer.js';
export { type StatusSyncGiven, statusSyncOnTable } from './table-dependencies.js';
export { rollUpUsage, USAGE_ROLLUP_MARGIN_MS } from './usage-rollup-step.js';
