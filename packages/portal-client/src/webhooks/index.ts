export {
  type ConstructEventOptions,
  constructEvent,
  DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
} from './construct-event.js';
export { generateTestHeaders, type TestHeadersOptions } from './generate-test-headers.js';
export {
  type ReceivedHeaders,
  type SignedWebhookHeaders,
  WEBHOOK_ID_HEADER,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
} from './webhook-headers.js';
export { WEBHOOK_SECRET_PREFIX, webhookSecretOf } from './webhook-secret.js';
export { signWebhook, type WebhookAttempt } from './webhook-signature.js';
export {
  WebhookVerificationError,
  type WebhookVerificationFailure,
} from './webhook-verification-error.js';
