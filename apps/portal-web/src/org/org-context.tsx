import type { Organization } from '@devportal/portal-client';
import { createContext, type ReactNode, useContext } from 'react';
import { type Action, allows } from '../roles/permissions.js';

/** The selected organisation, with the person's role in it. */
export interface OrgState {
  readonly org: Organization;
  reload(): void;
}

const OrgContext = createContext<OrgState | undefined>(undefined);

export function OrgProvider(props: { state: OrgState; children: ReactNode }) {
  return <OrgContext.Provider value={props.state}>{props.children}</OrgContext.Provider>;
}

export function useOrg(): OrgState {
  const state = useContext(OrgContext);
  if (!state) throw new Error('useOrg outside OrgProvider');
  return state;
}

/** Whether the person's role in the selected organisation allows `action` (the role matrix). */
export function useCan(): (action: Action) => boolean {
  const { org } = useOrg();
  return (action) => allows(org.role, action);
}
