import type { Session } from './identity-provider.js';

const KEY = 'devportal.session';

/**
 * The person's ID token lives in sessionStorage: it survives a reload but not the tab, and no
 * other secret (a Client Secret, a gateway token) is ever stored anywhere.
 */
export const sessionStore = {
  read(): Session | undefined {
    const text = sessionStorage.getItem(KEY);
    if (!text) return undefined;
    const session = JSON.parse(text) as Session;
    return session.expiresAt > Date.now() ? session : undefined;
  },
  write(session: Session): void {
    sessionStorage.setItem(KEY, JSON.stringify(session));
  },
  clear(): void {
    sessionStorage.removeItem(KEY);
  },
};
