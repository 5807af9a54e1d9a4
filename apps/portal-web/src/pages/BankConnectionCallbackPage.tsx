import { useEffect, useRef } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { usePortal } from '../api/portal-context.js';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { PageHeader } from '../components/PageHeader.js';
import { Spinner } from '../components/Spinner.js';
import { useAction } from '../hooks/use-action.js';
import { useI18n } from '../i18n/i18n-context.js';
import { AppShell } from '../layout/AppShell.js';
import { startedBankAuthorization } from './bank/started-bank-authorization.js';

/**
 * Where SberBusiness ID sends the person back after consent: posts what the bank sent (`code` and
 * `state`, or `error`) with the person's token, then opens the organisation's bank page. The API
 * accepts it only from the person who started the authorization; this page, only in the tab that
 * started it.
 */
export function BankConnectionCallbackPage() {
  const { t } = useI18n();
  const client = usePortal();
  const navigate = useNavigate();
  const [query] = useSearchParams();
  const state = query.get('state') ?? '';
  const started = startedBankAuthorization.find(state);
  const complete = useAction(async () => {
    const code = query.get('code');
    const error = query.get('error');
    const { organizationId } = await client.bankConnection.completeAuthorization({
      state,
      ...(code !== null && { code }),
      ...(error !== null && { error }),
    });
    startedBankAuthorization.forget();
    navigate(`/orgs/${organizationId}/bank`, { replace: true });
  });
  // Once per visit: the state is single use, a second post would only be refused.
  const posted = useRef(false);
  useEffect(() => {
    if (!started || posted.current) return;
    posted.current = true;
    void complete.run();
  }, [started, complete]);
  const back = started ? `/orgs/${started.organizationId}/bank` : '/';
  return (
    <AppShell>
      <PageHeader title={t('bankCallback.title')} description={t('bankCallback.description')} />
      <section className="card">
        {!started && (
          <div className="notice notice-error" role="alert">
            <p className="notice-title">{t('bankCallback.notStartedHere')}</p>
            <p>{t('bankCallback.notStartedHere.hint')}</p>
          </div>
        )}
        {started && complete.error === undefined && (
          <Spinner label={t('bankCallback.completing')} />
        )}
        {complete.error !== undefined && <ErrorNotice error={complete.error} />}
        {(!started || complete.error !== undefined) && (
          <p>
            <Link to={back}>{t('bankCallback.back')}</Link>
          </p>
        )}
      </section>
    </AppShell>
  );
}
