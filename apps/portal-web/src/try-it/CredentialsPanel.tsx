import type { Application } from '@devportal/portal-client';
import { useState } from 'react';
import { SelectField } from '../components/SelectField.js';
import { TextField } from '../components/TextField.js';
import { useConfig } from '../config/config-context.js';
import { formSubmit } from '../hooks/form-submit.js';
import { useAction } from '../hooks/use-action.js';
import { useI18n } from '../i18n/i18n-context.js';
import { ExchangeView } from './ExchangeView.js';
import { type GatewayToken, requestGatewayToken, type TokenRefusal } from './gateway-calls.js';
import type { Exchange } from './http-exchange.js';

/**
 * Step one of the console: the application's Client ID is filled in, the person pastes its
 * Client Secret (never stored by the portal), and the gateway issues a token for the calls.
 */
export function CredentialsPanel(props: {
  applications: readonly Application[];
  token: GatewayToken | undefined;
  onToken: (token: GatewayToken | undefined) => void;
}) {
  const { t, dateTime } = useI18n();
  const { gateway } = useConfig();
  const [appId, setAppId] = useState(props.applications[0]?.id ?? '');
  const [secret, setSecret] = useState('');
  const [exchange, setExchange] = useState<Exchange>();
  const [refusal, setRefusal] = useState<TokenRefusal>();
  const app = props.applications.find((candidate) => candidate.id === appId);
  const getToken = useAction(async () => {
    if (!app) return;
    const result = await requestGatewayToken(gateway, app.clientId, secret.trim());
    setExchange(result.exchange);
    setRefusal(result.refusal);
    props.onToken(result.token);
  });
  const submit = formSubmit(getToken.run);

  return (
    <section className="card" aria-labelledby="try-credentials">
      <h2 id="try-credentials">{t('tryIt.step.credentials')}</h2>
      <form onSubmit={submit} className="form grid-2">
        <SelectField
          label={t('tryIt.application')}
          options={props.applications.map((candidate) => ({
            value: candidate.id,
            label: candidate.name,
          }))}
          value={appId}
          onChange={(event) => {
            setAppId(event.target.value);
            props.onToken(undefined);
          }}
        />
        <TextField label="Client ID" value={app?.clientId ?? ''} readOnly />
        <TextField
          label="Client Secret"
          type="password"
          autoComplete="off"
          required
          hint={t('tryIt.secret.hint')}
          value={secret}
          onChange={(event) => setSecret(event.target.value)}
        />
        <div className="span-2">
          <button type="submit" className="button" disabled={getToken.pending || !app}>
            {t('tryIt.getToken')}
          </button>{' '}
          {props.token && (
            <span role="status" className="badge badge-success">
              {t('tryIt.tokenReady', {
                at: dateTime(new Date(props.token.expiresAt).toISOString()),
              })}
            </span>
          )}
        </div>
      </form>
      {refusal && refusal !== 'other' && (
        <p className="notice notice-error" role="alert">
          {t(refusal === 'wrongSecret' ? 'tryIt.refusal.wrongSecret' : 'tryIt.refusal.slowDown')}
        </p>
      )}
      {exchange && !props.token && (
        <ExchangeView exchange={exchange} title={t('tryIt.tokenExchange')} />
      )}
    </section>
  );
}
