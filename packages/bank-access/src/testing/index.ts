export {
  type LoopbackSecretsManager,
  type LoopbackSecretValue,
  startLoopbackSecretsManager,
} from './loopback-secrets-manager.js';
