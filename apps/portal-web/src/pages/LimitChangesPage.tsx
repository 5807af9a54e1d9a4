import type { LimitChangeSyncRun } from '@devportal/portal-client';
import { useEffect, useRef, useState } from 'react';
import { usePortal } from '../api/portal-context.js';
import { AsyncView } from '../components/AsyncView.js';
import { Badge } from '../components/Badge.js';
import { EmptyState } from '../components/EmptyState.js';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { PagedListFooter } from '../components/PagedListFooter.js';
import { PageHeader } from '../components/PageHeader.js';
import { useAction } from '../hooks/use-action.js';
import { usePagedList } from '../hooks/use-paged-list.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useCan, useOrg } from '../org/org-context.js';

/** How often a started sync run is read until it reports. */
const SYNC_RUN_POLL_MS = 1000;

/**
 * Limit-change requests the applications sent to the bank, their states, and a sync on demand:
 * the sync answers at once with its run, which the page reads until it reports.
 */
export function LimitChangesPage() {
  const { t, dateTime, number } = useI18n();
  const client = usePortal();
  const { org } = useOrg();
  const can = useCan();
  const list = usePagedList(() => client.limitChanges.list(org.id), [client, org.id]);
  const [run, setRun] = useState<LimitChangeSyncRun>();
  const polling = useRef<AbortController>(undefined);
  // Leaving the page stops reading the run (the run itself goes on at the portal).
  useEffect(() => () => polling.current?.abort(), []);
  const sync = useAction(async () => {
    const started = await client.limitChanges.sync(org.id);
    setRun(started);
    polling.current = new AbortController();
    const ended = await client.limitChanges.waitForSyncRun(org.id, started.runId, {
      pollIntervalMs: SYNC_RUN_POLL_MS,
      signal: polling.current.signal,
    });
    setRun(ended);
    list.loaded.reload();
  });
  const report = run?.status === 'completed' ? run.report : undefined;
  return (
    <>
      <PageHeader
        title={t('limits.title')}
        description={t('limits.description')}
        actions={
          can('limitChange.sync') && (
            <button
              type="button"
              className="button"
              disabled={sync.pending}
              onClick={() => void sync.run()}
            >
              {t('limits.sync')}
            </button>
          )
        }
      />
      {sync.error !== undefined && <ErrorNotice error={sync.error} />}
      {run?.status === 'running' && (
        <p role="status" className="notice notice-info">
          {t('limits.running')}
        </p>
      )}
      {run?.status === 'failed' && (
        <p role="status" className="notice notice-warning">
          {t('limits.runFailed')}
        </p>
      )}
      {report && (
        <p role="status" className="notice notice-success">
          {t('limits.report', {
            checked: number(report.checked),
            changed: number(report.changed),
            pending: number(report.stillPending),
            waiting: number(report.waitingForSignature),
            failed: number(report.failed),
          })}
        </p>
      )}
      <section className="card" aria-labelledby="limits-list">
        <h2 id="limits-list">{t('limits.list')}</h2>
        <AsyncView loaded={list.loaded}>
          {(items) =>
            items.length === 0 ? (
              <EmptyState title={t('limits.none')} />
            ) : (
              <ul className="plain-list">
                {items.map((change) => (
                  <li key={change.externalId} className="review">
                    <p>
                      <code>{change.externalId}</code>{' '}
                      <Badge
                        tone={
                          change.final
                            ? change.state === 'IMPLEMENTED'
                              ? 'success'
                              : 'danger'
                            : 'warning'
                        }
                      >
                        {change.state}
                      </Badge>{' '}
                      {change.final ? t('limits.final') : t('limits.open')}
                    </p>
                    <p className="small muted">
                      {change.businessCardId && `${t('limits.card')}: ${change.businessCardId} · `}
                      {t('limits.created', { at: dateTime(change.createdAt) })}
                      {change.lastCheckedAt &&
                        ` · ${t('limits.checked', { at: dateTime(change.lastCheckedAt) })}`}
                    </p>
                    <details>
                      <summary>{t('limits.history', { count: change.history.length })}</summary>
                      <ol className="history">
                        {change.history.map((entry) => (
                          <li key={`${entry.state}-${entry.at}`}>
                            <strong>{entry.state}</strong>{' '}
                            <span className="muted">{dateTime(entry.at)}</span>
                          </li>
                        ))}
                      </ol>
                    </details>
                  </li>
                ))}
              </ul>
            )
          }
        </AsyncView>
        <PagedListFooter list={list} />
      </section>
    </>
  );
}
