import { useState } from 'react';
import { Link } from 'react-router';
import { usePortal } from '../api/portal-context.js';
import { readAll } from '../api/read-all.js';
import { AsyncView } from '../components/AsyncView.js';
import { EmptyState } from '../components/EmptyState.js';
import { PageHeader } from '../components/PageHeader.js';
import { useConfig } from '../config/config-context.js';
import { useAction } from '../hooks/use-action.js';
import { useLoad } from '../hooks/use-load.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useOrg } from '../org/org-context.js';
import { CredentialsPanel } from './CredentialsPanel.js';
import { CARD_OPERATIONS, initialValues } from './card-operations.js';
import { ExchangeView } from './ExchangeView.js';
import { callOperation, type GatewayToken } from './gateway-calls.js';
import type { Exchange } from './http-exchange.js';
import { OperationForm } from './OperationForm.js';

/** The seed's «Попробовать»: a console per operation of the business-cards product, via the gateway. */
export function TryItPage() {
  const { t } = useI18n();
  const client = usePortal();
  const { gateway } = useConfig();
  const { org } = useOrg();
  const applications = useLoad(() => readAll(client.applications.list(org.id)), [client, org.id]);
  const [token, setToken] = useState<GatewayToken>();
  const [operationId, setOperationId] = useState(CARD_OPERATIONS[0]?.id);
  const [values, setValues] = useState(initialValues);
  const [exchange, setExchange] = useState<Exchange>();
  const operation =
    CARD_OPERATIONS.find((candidate) => candidate.id === operationId) ?? CARD_OPERATIONS[0];
  const send = useAction(async () => {
    if (!token || !operation) return;
    setExchange(await callOperation(gateway, token, operation.request(values)));
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
                <fieldset className="segmented">
                  <legend className="visually-hidden">{t('tryIt.operation')}</legend>
                  {CARD_OPERATIONS.map((candidate) => (
                    <button
                      key={candidate.id}
                      type="button"
                      aria-pressed={candidate.id === operation?.id}
                      onClick={() => {
                        setOperationId(candidate.id);
                        setExchange(undefined);
                      }}
                    >
                      {t(candidate.label)}
                    </button>
                  ))}
                </fieldset>
                {!token && <p className="muted">{t('tryIt.needToken')}</p>}
                {operation && (
                  <OperationForm
                    operation={operation}
                    values={values}
                    onChange={setValues}
                    onSend={() => void send.run()}
                    disabled={!token || send.pending}
                  />
                )}
                {exchange && <ExchangeView exchange={exchange} title={t('tryIt.result')} />}
              </section>
            </>
          )
        }
      </AsyncView>
    </>
  );
}
