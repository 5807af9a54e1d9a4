export type { CognitoUserPool } from './cognito-user-pool.js';
export { DEMO_ACCOUNTS, type DemoAccount, ensureDemoAccounts } from './demo-accounts.js';
export {
  type DevStack,
  type DevStackOptions,
  LOCAL_AUDIENCE,
  LOCAL_MAIL_FROM,
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
export { type InboxMessage, LocalInbox } from './local-inbox.js';
export {
  type LocalMailServer,
  type LocalMailServerOptions,
  startLocalMailServer,
} from './local-mail-server.js';
export { LOCAL_SUPPORT_CONTACT, type SupportContact } from './site-config.js';
