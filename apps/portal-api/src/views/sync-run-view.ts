import type { LimitChangeSyncRun } from '@devportal/portal-domain';
import type { components } from '../generated/portal.js';

/** A sync run as the contract shows it: without its organisation (the path names it). */
export function syncRunView(run: LimitChangeSyncRun): components['schemas']['LimitChangeSyncRun'] {
  const { organisationId: _organisation, ...view } = run;
  return view;
}
