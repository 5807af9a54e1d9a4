import { createPortalClient, type PortalClient } from '@devportal/portal-client';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { useAuth } from '../auth/auth-context.js';
import type { RuntimeConfig } from '../config/runtime-config.js';

const PortalContext = createContext<PortalClient | undefined>(undefined);

/**
 * The typed portal client for the signed-in person. Its token provider reads the session on every
 * request; a token the API refuses signs the person out (the dev identity provider and our Cognito
 * flow issue no refresh tokens to the browser), which sends them back to the sign-in page.
 */
export function PortalProvider(props: { config: RuntimeConfig; children: ReactNode }) {
  const { session, signOut } = useAuth();
  const idToken = session?.idToken;
  const client = useMemo(
    () =>
      createPortalClient({
        baseUrl: props.config.apiBaseUrl || window.location.origin,
        fetch: (request) => fetch(request),
        tokenProvider: ({ forceRefresh }) => {
          if (forceRefresh || !idToken) {
            signOut();
            return Promise.reject(new Error('signed out'));
          }
          return Promise.resolve(idToken);
        },
      }),
    [props.config.apiBaseUrl, idToken, signOut],
  );
  return <PortalContext.Provider value={client}>{props.children}</PortalContext.Provider>;
}

export function usePortal(): PortalClient {
  const client = useContext(PortalContext);
  if (!client) throw new Error('usePortal outside PortalProvider');
  return client;
}
