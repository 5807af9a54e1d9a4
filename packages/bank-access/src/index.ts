export { tlsConnectOptions } from '@devportal/http-transport/node-agent';
export {
  type BankTimeouts,
  bankTimeoutsFromEnvironment,
  DEFAULT_BANK_TIMEOUTS,
} from './bank-timeouts.js';
export {
  type BankContourAccess,
  type ContourAccess,
  type OrganisationTokens,
  type SandboxUsers,
  UnknownSandboxUserError,
} from './contour-access.js';
export { bankContoursFromEnvironment, SANDBOX_DEMO_SCOPES } from './contours-from-environment.js';
export { fetchPresenting } from './production/fetch-presenting.js';
export {
  type ProductionContourSettings,
  type ProductionTokenStorage,
  productionAccess,
} from './production/production-access.js';
export {
  type SandboxContourSettings,
  sandboxDemoAccess,
} from './sandbox/sandbox-demo-access.js';
export type { SandboxDemoSettings } from './sandbox/sandbox-demo-session.js';
