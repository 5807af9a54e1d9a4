import type { LimitChangeSyncRun } from '@devportal/portal-domain';

/** The contract's `LimitChangeSyncRun`: the run without its organisation (the path names it). */
export function syncRunView(run: LimitChangeSyncRun) {
  const { organisationId: _organisation, ...view } = run;
  return view;
}
