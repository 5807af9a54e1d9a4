import type { AccessDecision, AccessRequestStatus } from '@devportal/portal-client';
import { useState } from 'react';
import { usePortal } from '../api/portal-context.js';
import { readAll } from '../api/read-all.js';
import { AsyncView } from '../components/AsyncView.js';
import { EmptyState } from '../components/EmptyState.js';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { PageHeader } from '../components/PageHeader.js';
import { SelectField } from '../components/SelectField.js';
import { useAction } from '../hooks/use-action.js';
import { useLoad } from '../hooks/use-load.js';
import { useI18n } from '../i18n/i18n-context.js';
import { AppShell } from '../layout/AppShell.js';
import { useMe } from '../org/me-context.js';
import { AccessStatusBadge } from './access/AccessStatusBadge.js';

const STATUSES: readonly AccessRequestStatus[] = ['pending', 'approved', 'rejected', 'revoked'];

/** The bank operator's queue: access requests of every organisation, approved once contracts are signed. */
export function OperatorReviewPage() {
  const { t, dateTime } = useI18n();
  const client = usePortal();
  const { me } = useMe();
  const [status, setStatus] = useState<AccessRequestStatus>('pending');
  const [comments, setComments] = useState<Record<string, string>>({});
  const requests = useLoad(
    () => readAll(client.operator.accessRequests.list({ status })),
    [client, status],
  );
  const decide = useAction(async (requestId: string, decision: AccessDecision['decision']) => {
    const comment = comments[requestId]?.trim();
    await client.operator.accessRequests.decide(requestId, {
      decision,
      ...(comment ? { comment } : {}),
    });
    requests.reload();
  });

  return (
    <AppShell>
      <PageHeader title={t('operator.title')} description={t('operator.description')} />
      {!me.user.operator ? (
        <p className="notice notice-info">{t('operator.only')}</p>
      ) : (
        <section className="card" aria-labelledby="operator-queue">
          <h2 id="operator-queue">{t('operator.queue')}</h2>
          <SelectField
            label={t('operator.filter')}
            options={STATUSES.map((value) => ({ value, label: t(`access.status.${value}`) }))}
            value={status}
            onChange={(event) => setStatus(event.target.value as AccessRequestStatus)}
          />
          {decide.error !== undefined && <ErrorNotice error={decide.error} />}
          <AsyncView loaded={requests}>
            {(items) =>
              items.length === 0 ? (
                <EmptyState title={t('operator.none')} />
              ) : (
                <ul className="plain-list">
                  {items.map((request) => (
                    <li key={request.id} className="review">
                      <p>
                        <strong>{request.productId}</strong>{' '}
                        <AccessStatusBadge status={request.status} />{' '}
                        <span className="muted small">{dateTime(request.submittedAt)}</span>
                      </p>
                      <dl className="facts small">
                        <dt>{t('operator.org')}</dt>
                        <dd>{request.organizationName ?? <code>{request.organizationId}</code>}</dd>
                        <dt>{t('operator.requester')}</dt>
                        <dd>
                          {[request.submittedByName, request.submittedByEmail]
                            .filter((part) => part !== undefined)
                            .join(' · ') || <code>{request.submittedBy}</code>}
                        </dd>
                        <dt>{t('operator.contact')}</dt>
                        <dd>
                          {request.contactName} · {request.contactEmail}
                          {request.contactPhone && ` · ${request.contactPhone}`}
                        </dd>
                      </dl>
                      <p>{request.purpose}</p>
                      <div className="field">
                        <label htmlFor={`comment-${request.id}`}>{t('operator.comment')}</label>
                        <input
                          id={`comment-${request.id}`}
                          value={comments[request.id] ?? ''}
                          maxLength={2000}
                          onChange={(event) =>
                            setComments((current) => ({
                              ...current,
                              [request.id]: event.target.value,
                            }))
                          }
                        />
                      </div>
                      <div className="row-actions">
                        {request.status === 'pending' && (
                          <>
                            <button
                              type="button"
                              className="button"
                              disabled={decide.pending}
                              onClick={() => void decide.run(request.id, 'approve')}
                            >
                              {t('operator.approve')}
                            </button>
                            <button
                              type="button"
                              className="button button-danger"
                              disabled={decide.pending}
                              onClick={() => void decide.run(request.id, 'reject')}
                            >
                              {t('operator.reject')}
                            </button>
                          </>
                        )}
                        {request.status === 'approved' && (
                          <button
                            type="button"
                            className="button button-danger"
                            disabled={decide.pending}
                            onClick={() => void decide.run(request.id, 'revoke')}
                          >
                            {t('operator.revoke')}
                          </button>
                        )}
                      </div>
                    </li>
                  ))}
                </ul>
              )
            }
          </AsyncView>
        </section>
      )}
    </AppShell>
  );
}
