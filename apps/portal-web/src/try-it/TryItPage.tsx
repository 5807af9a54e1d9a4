import type { BusinessCardLimitChange } from '@devportal/digest/browser';
import { useCallback, useRef, useState } from 'react';
import { Link } from 'react-router';
import { usePortal } from '../api/portal-context.js';
import { readAll } from '../api/read-all.js';
import { AsyncView } from '../components/AsyncView.js';
import { Badge } from '../components/Badge.js';
import { EmptyState } from '../components/EmptyState.js';
import { PageHeader } from '../components/PageHeader.js';
import { Spinner } from '../components/Spinner.js';
import { useConfig } from '../config/config-context.js';
import { useAction } from '../hooks/use-action.js';
import { useLoad } from '../hooks/use-load.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useOrg } from '../org/org-context.js';
import { BUSINESS_CARDS_PRODUCT_ID } from '../reference/business-cards-spec.js';
import { CredentialsPanel } from './CredentialsPanel.js';
import {
  CARD_OPERATIONS,
  type CardOperation,
  initialValues,
  type OperationValues,
} from './card-operations.js';
import { callOperation, type GatewayToken } from './gateway-calls.js';
import { useLimitChangeWatch } from './limit-change-watch.js';
import { OperationForm } from './OperationForm.js';
import { SandboxUserPicker } from './SandboxUserPicker.js';
import { type SentCall, SentCallView } from './SentCallView.js';
import { contourOf } from './token-contour.js';
import { WatchedStateView } from './WatchedStateView.js';

/** How many results the page keeps, newest first. */
const KEPT_RESULTS = 5;

/** The seed's «Попробовать»: a console per operation of the business-cards product, via the gateway. */
export function TryItPage() {
  const { t } = useI18n();
  const client = usePortal();
  const { gateway } = useConfig();
  const { org } = useOrg();
  const applications = useLoad(() => readAll(client.applications.list(org.id)), [client, org.id]);
  const [token, setToken] = useState<GatewayToken>();
  const [operationId, setOperationId] = useState<CardOperation['id']>('listBusinessCards');
  const [values, setValues] = useState(initialValues);
  const [results, setResults] = useState<readonly SentCall[]>([]);
  const [signInPage, setSignInPage] = useState(true);
  const [signingRefusal, setSigningRefusal] = useState<string>();
  const [watchedId, setWatchedId] = useState<string>();
  // The seeded sandbox user sandbox calls act as; the picker starts at the gateway's default.
  const [sandboxUser, setSandboxUser] = useState<string>();
  const chooseSandboxUser = useCallback((login: string) => setSandboxUser(login), []);
  // Every externalId sent: a new limit change never reuses one (the bank would refuse it).
  const sentExternalIds = useRef(new Set<string>());
  const watched = useLimitChangeWatch(gateway, token, watchedId);
  const contour = token ? contourOf(token.accessToken, BUSINESS_CARDS_PRODUCT_ID) : undefined;
  const operation =
    CARD_OPERATIONS.find((candidate) => candidate.id === operationId) ?? CARD_OPERATIONS[0];
  const signsInPage = operationId === 'createLimitChange' && contour === 'sandbox' && signInPage;
  const actingAs = contour === 'sandbox' ? sandboxUser : undefined;

  /** Opens an operation, with values a result offers (a card id, a certificate, an externalId). */
  const choose = (id: CardOperation['id'], offered: Partial<OperationValues> = {}) => {
    setOperationId(id);
    setValues((current) => {
      const next = { ...current, ...offered };
      return id === 'createLimitChange' && sentExternalIds.current.has(next.externalId)
        ? { ...next, externalId: crypto.randomUUID() }
        : next;
    });
  };

  const send = useAction(async () => {
    if (!token || !operation) return;
    setSigningRefusal(undefined);
    let request = operation.request(values);
    let signature: SentCall['signature'];
    if (signsInPage) {
      // GOST signing (elliptic curves, ASN.1) loads with the first signature, not with the site.
      const { signWithSandboxKey } = await import('./sandbox-signing.js');
      const signing = await signWithSandboxKey(
        gateway,
        token,
        request.body as BusinessCardLimitChange,
        actingAs,
      );
      if ('refusedWith' in signing) {
        setSigningRefusal(signing.refusedWith);
        return;
      }
      signature = signing;
      request = { ...request, body: signing.signed };
    }
    const exchange = await callOperation(gateway, token, request, actingAs);
    const sent: SentCall = {
      key: crypto.randomUUID(),
      operation,
      values,
      request,
      exchange,
      ...(signature ? { signature } : {}),
      ...(actingAs === undefined ? {} : { sandboxUser: actingAs }),
    };
    setResults((kept) => [sent, ...kept].slice(0, KEPT_RESULTS));
    if (operation.id === 'createLimitChange') {
      sentExternalIds.current.add(values.externalId);
      if (signature && exchange.response && exchange.response.status < 300) {
        setWatchedId(values.externalId);
      }
      setValues((current) => ({ ...current, externalId: crypto.randomUUID() }));
    }
  });

  return (
    <>
      <PageHeader title={t('tryIt.title')} description={t('tryIt.description')} />
      <AsyncView loaded={applications}>
        {(apps) =>
          apps.length === 0 ? (
            <EmptyState title={t('tryIt.noApps')}>
              <Link to={`/orgs/${org.id}/applications`}>{t('apps.create.title')}</Link>
            </EmptyState>
          ) : (
            <>
              <CredentialsPanel applications={apps} token={token} onToken={setToken} />
              <section className="card" aria-labelledby="try-operation">
                <h2 id="try-operation">{t('tryIt.step.operation')}</h2>
                {contour && (
                  <p>
                    {t('tryIt.contour.label')}{' '}
                    <Badge tone={contour === 'sandbox' ? 'success' : 'warning'}>
                      {t(`contour.${contour}`)}
                    </Badge>
                  </p>
                )}
                {token && contour === 'sandbox' && (
                  <SandboxUserPicker
                    token={token}
                    login={sandboxUser}
                    onChoose={chooseSandboxUser}
                  />
                )}
                <fieldset className="segmented">
                  <legend className="visually-hidden">{t('tryIt.operation')}</legend>
                  {CARD_OPERATIONS.map((candidate) => (
                    <button
                      key={candidate.id}
                      type="button"
                      aria-pressed={candidate.id === operation?.id}
                      onClick={() => choose(candidate.id)}
                    >
                      {t(candidate.label)}
                    </button>
                  ))}
                </fieldset>
                {!token && <p className="muted">{t('tryIt.needToken')}</p>}
                {operationId === 'createLimitChange' &&
                  (contour === 'sandbox' ? (
                    <div className="field">
                      <label>
                        <input
                          type="checkbox"
                          checked={signInPage}
                          onChange={(event) => setSignInPage(event.target.checked)}
                        />{' '}
                        {t('tryIt.sign.inPage')}
                      </label>
                      <p className="field-hint">{t('tryIt.sign.inPage.hint')}</p>
                    </div>
                  ) : (
                    contour === 'production' && (
                      <p className="muted small">{t('tryIt.sign.productionOnly')}</p>
                    )
                  ))}
                {operation && (
                  <OperationForm
                    operation={operation}
                    values={values}
                    onChange={setValues}
                    onSend={() => void send.run()}
                    disabled={!token || send.pending}
                    signsInPage={signsInPage}
                  />
                )}
                {send.pending && <Spinner label={t('tryIt.sending')} />}
                {signingRefusal && (
                  <p className="notice notice-error" role="alert">
                    {t('tryIt.sign.noCredentials', { status: signingRefusal })}
                  </p>
                )}
                {watched && <WatchedStateView watched={watched} />}
              </section>
              {results.length > 0 && (
                <section className="card" aria-labelledby="try-results">
                  <h2 id="try-results">{t('tryIt.results')}</h2>
                  {results.map((sent) => (
                    <SentCallView key={sent.key} sent={sent} onChoose={choose} />
                  ))}
                </section>
              )}
            </>
          )
        }
      </AsyncView>
    </>
  );
}
