import type { Me } from '@devportal/portal-client';
import { createContext, type ReactNode, useContext } from 'react';
import { usePortal } from '../api/portal-context.js';
import { AsyncView } from '../components/AsyncView.js';
import { useLoad } from '../hooks/use-load.js';
import { useI18n } from '../i18n/i18n-context.js';

/** The signed-in person and their organisations, reloaded after anything that changes the list. */
export interface MeState {
  readonly me: Me;
  reload(): void;
}

const MeContext = createContext<MeState | undefined>(undefined);

export function MeProvider(props: { children: ReactNode }) {
  const client = usePortal();
  const { locale } = useI18n();
  // The page's language goes along: the call that registers the person keeps it as the language
  // of the portal's e-mails to them. Switching the page's language later is no reason to reload.
  const loaded = useLoad(() => client.me({ language: locale }), [client]);
  return (
    <AsyncView loaded={loaded}>
      {(me) => (
        <MeContext.Provider value={{ me, reload: loaded.reload }}>
          {props.children}
        </MeContext.Provider>
      )}
    </AsyncView>
  );
}

export function useMe(): MeState {
  const state = useContext(MeContext);
  if (!state) throw new Error('useMe outside MeProvider');
  return state;
}
