export { DEMO_ACCOUNTS, type DemoAccount, ensureDemoAccounts } from './demo-accounts.js';
export {
  type DevStack,
  type DevStackOptions,
  LOCAL_AUDIENCE,
  LOCAL_TABLE_NAME,
  LOCAL_WEBHOOK_DESTINATIONS,
  startDevStack,
} from './dev-stack.js';
export {
  createDevIdentityProvider,
  type DevIdentityProvider,
  type PasswordResetCodeSender,
  type PasswordResetNotice,
} from './identity/dev-identity-provider.js';
export { UserDirectory } from './identity/user-directory.js';
