import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import type {
  IdentityProvider,
  Profile,
  ProfileChanges,
  Session,
  SignUpInput,
} from './identity-provider.js';
import { sessionStore } from './session-store.js';

/** The signed-in person (if any) and the ways in and out. */
export interface Auth {
  readonly session: Session | undefined;
  signIn(email: string, password: string): Promise<void>;
  signUp(input: SignUpInput): Promise<{ readonly confirmationRequired: boolean }>;
  confirmSignUp(email: string, code: string): Promise<void>;
  forgotPassword(email: string): Promise<void>;
  confirmForgotPassword(email: string, code: string, password: string): Promise<void>;
  /** The signed-in person's profile at the identity provider. */
  profile(): Promise<Profile>;
  updateProfile(changes: ProfileChanges): Promise<void>;
  signOut(): void;
}

const AuthContext = createContext<Auth | undefined>(undefined);

export function AuthProvider(props: { identity: IdentityProvider; children: ReactNode }) {
  const { identity } = props;
  const [session, setSession] = useState(() => sessionStore.read());

  const signOut = useCallback(() => {
    sessionStore.clear();
    setSession(undefined);
  }, []);

  const auth = useMemo<Auth>(
    () => ({
      session,
      async signIn(email, password) {
        const next = await identity.signIn(email, password);
        sessionStore.write(next);
        setSession(next);
      },
      signUp: (input) => identity.signUp(input),
      confirmSignUp: (email, code) => identity.confirmSignUp(email, code),
      forgotPassword: (email) => identity.forgotPassword(email),
      confirmForgotPassword: (email, code, password) =>
        identity.confirmForgotPassword(email, code, password),
      profile: () => identity.getProfile(signedIn(session)),
      async updateProfile(changes) {
        const next = await identity.updateProfile(signedIn(session), changes);
        if (!next) return;
        sessionStore.write(next);
        setSession(next);
      },
      signOut,
    }),
    [identity, session, signOut],
  );
  return <AuthContext.Provider value={auth}>{props.children}</AuthContext.Provider>;
}

function signedIn(session: Session | undefined): Session {
  if (!session) throw new Error('signed out');
  return session;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
