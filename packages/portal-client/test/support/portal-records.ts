import type { LimitChangeSyncRun, Webhook } from '../../src/index.js';

/** A webhook of application `app-1` as the portal answers it. */
export const webhook: Webhook = {
  id: 'wh-1',
  applicationId: 'app-1',
  url: 'https://hooks.example.com/devportal',
  events: ['limit_change.state_changed'],
  createdAt: '2026-11-23T10:00:00Z',
  createdBy: 'u-1',
};

/** A status-sync run of `org-1` still running, and the same run completed with its report. */
export const runningSyncRun: LimitChangeSyncRun = {
  runId: 'run-1',
  status: 'running',
  requestedBy: 'u-1',
  startedAt: '2026-12-06T10:00:00Z',
  deadlineAt: '2026-12-06T10:05:00Z',
};
export const completedSyncRun: LimitChangeSyncRun = {
  ...runningSyncRun,
  status: 'completed',
  finishedAt: '2026-12-06T10:00:04Z',
  report: {
    checked: 3,
    changed: 1,
    failed: 0,
    stillPending: 2,
    waitingForSignature: 0,
    durationMs: 3900,
  },
};
