import type { DevUser, UserDirectory } from './identity/user-directory.js';

/** A ready login of the local stack, printed in its banner. */
export interface DemoAccount {
  readonly email: string;
  readonly password: string;
  readonly description: string;
}

/** Local-only accounts: a partner developer and a bank platform operator. */
export const DEMO_ACCOUNTS = [
  {
    email: 'demo@devportal.local',
    password: 'devportal-demo',
    name: 'Demo Developer',
    groups: [],
    description: 'a partner developer',
  },
  {
    email: 'operator@devportal.local',
    password: 'devportal-operator',
    name: 'Bank Operator',
    groups: ['operators'],
    description: 'a bank platform operator (reviews access requests)',
  },
] as const;

/** Registers the demo accounts that are missing; idempotent across restarts. */
export async function ensureDemoAccounts(directory: UserDirectory): Promise<DevUser[]> {
  const users: DevUser[] = [];
  for (const account of DEMO_ACCOUNTS) {
    users.push(
      directory.find(account.email) ??
        (await directory.register({
          email: account.email,
          password: account.password,
          name: account.name,
          groups: account.groups,
        })),
    );
  }
  return users;
}
