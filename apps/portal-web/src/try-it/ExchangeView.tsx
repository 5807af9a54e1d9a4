import type { ReactNode } from 'react';
import { CopyableValue } from '../components/CopyableValue.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { Exchange, ShownHeader } from './http-exchange.js';
import './try-it.css';

/** The request and the response of one call, and its request id; folds away to its summary line. */
export function ExchangeView(props: { exchange: Exchange; title: string; children?: ReactNode }) {
  const { t } = useI18n();
  const { request, response, requestId, failure, durationMs } = props.exchange;
  const ok = response !== undefined && response.status < 400;
  return (
    <section className="exchange" aria-label={props.title}>
      <details open>
        <summary>
          <strong>{props.title}</strong>{' '}
          <code>
            {request.method} {new URL(request.url).pathname}
          </code>{' '}
          {response && (
            <span className={ok ? 'badge badge-success' : 'badge badge-danger'}>
              {response.status} {response.statusText}
            </span>
          )}{' '}
          <span className="muted small">{t('tryIt.duration', { ms: durationMs })}</span>
        </summary>
        {requestId && (
          <CopyableValue
            label="x-request-id"
            value={requestId}
            copyLabel={t('tryIt.copyRequestId')}
          />
        )}
        {props.children}
        <div className="exchange-columns">
          <div>
            <h4>{t('tryIt.request')}</h4>
            <ScrollingCode>
              {`${request.method} ${request.url}\n${headerLines(request.headers)}${request.body ? `\n\n${request.body}` : ''}`}
            </ScrollingCode>
          </div>
          <div>
            <h4>{t('tryIt.response')}</h4>
            {failure ? (
              <p className="notice notice-error" role="alert">
                {t('tryIt.noAnswer')}: {failure}
              </p>
            ) : (
              response && (
                <ScrollingCode>{`${headerLines(response.headers)}\n\n${response.body}`}</ScrollingCode>
              )
            )}
          </div>
        </div>
      </details>
    </section>
  );
}

/** A code block that scrolls past its height and, so, takes the keyboard's focus. */
function ScrollingCode(props: { children: string }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a block that scrolls must be reachable by keyboard (WCAG 2.1.1)
    <pre className="code" tabIndex={0}>
      {props.children}
    </pre>
  );
}

function headerLines(headers: readonly ShownHeader[]): string {
  return headers.map(([name, value]) => `${name}: ${value}`).join('\n');
}
