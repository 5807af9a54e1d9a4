import { CopyableValue } from '../components/CopyableValue.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { Exchange, ShownHeader } from './http-exchange.js';

/** The request and the response of one call, and its request id. */
export function ExchangeView(props: { exchange: Exchange; title: string }) {
  const { t } = useI18n();
  const { request, response, requestId, failure, durationMs } = props.exchange;
  const ok = response !== undefined && response.status < 400;
  return (
    <section className="exchange" aria-label={props.title}>
      <h3>{props.title}</h3>
      {requestId && (
        <CopyableValue
          label="x-request-id"
          value={requestId}
          copyLabel={t('tryIt.copyRequestId')}
        />
      )}
      <div className="exchange-columns">
        <div>
          <h4>{t('tryIt.request')}</h4>
          <pre className="code">
            {`${request.method} ${request.url}\n${headerLines(request.headers)}${request.body ? `\n\n${request.body}` : ''}`}
          </pre>
        </div>
        <div>
          <h4>
            {t('tryIt.response')}{' '}
            {response && (
              <span className={ok ? 'badge badge-success' : 'badge badge-danger'}>
                {response.status} {response.statusText}
              </span>
            )}{' '}
            <span className="muted small">{t('tryIt.duration', { ms: durationMs })}</span>
          </h4>
          {failure ? (
            <p className="notice notice-error" role="alert">
              {t('tryIt.noAnswer')}: {failure}
            </p>
          ) : (
            response && (
              <pre className="code">{`${headerLines(response.headers)}\n\n${response.body}`}</pre>
            )
          )}
        </div>
      </div>
    </section>
  );
}

function headerLines(headers: readonly ShownHeader[]): string {
  return headers.map(([name, value]) => `${name}: ${value}`).join('\n');
}
