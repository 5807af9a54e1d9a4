import { CopyButton } from '../components/CopyButton.js';
import { useConfig } from '../config/config-context.js';
import { useI18n } from '../i18n/i18n-context.js';
import { curlSample, typescriptSample } from '../reference/code-samples.js';
import type { CardOperation, OperationRequest, OperationValues } from './card-operations.js';
import { ExchangeView } from './ExchangeView.js';
import type { Exchange } from './http-exchange.js';
import { linksIn } from './result-links.js';
import type { PageSignature } from './sandbox-signing.js';

/** One call the console sent, with what it sent and how it was signed. */
export interface SentCall {
  readonly key: string;
  readonly operation: CardOperation;
  readonly values: OperationValues;
  readonly request: OperationRequest;
  readonly exchange: Exchange;
  readonly signature?: PageSignature;
  /** The seeded sandbox user the call acted as. */
  readonly sandboxUser?: string;
}

/** How many of a list's cards the result offers to the next operation. */
const OFFERED_CARDS = 5;

/**
 * A result: the exchange, the call as curl and as TypeScript, and one-click links into the next
 * operation (a listed card's limits or limit change, a certificate, a created request's state).
 */
export function SentCallView(props: {
  sent: SentCall;
  onChoose: (id: CardOperation['id'], offered: Partial<OperationValues>) => void;
}) {
  const { t } = useI18n();
  const { gateway } = useConfig();
  const { operation, values, request, exchange, signature, sandboxUser } = props.sent;
  // The samples address the gateway the page uses; the Client Secret stays an environment variable.
  const gatewayUrl = new URL(gateway.tokenUrl, window.location.origin).href.replace(
    /\/oauth\/token$/,
    '',
  );
  const input = signature ? { body: request.body } : operation.sample(values);
  const links =
    exchange.response && exchange.response.status < 300
      ? linksIn(exchange.response.body)
      : undefined;
  const created =
    operation.id === 'createLimitChange' && exchange.response && exchange.response.status < 300;
  return (
    <ExchangeView exchange={exchange} title={`${t('tryIt.result')}: ${t(operation.label)}`}>
      <div className="row-actions">
        <CopyButton
          value={curlSample(request, 'gateway', {
            gatewayUrl,
            ...(sandboxUser === undefined ? {} : { sandboxUser }),
          })}
          label={t('tryIt.copyCurl')}
        />
        <CopyButton
          value={typescriptSample(operation.id, input, 'gateway', { gatewayUrl })}
          label={t('tryIt.copyTypeScript')}
        />
      </div>
      {signature && (
        <>
          <p className="small">
            {t('tryIt.sign.signer', {
              login: signature.login,
              authority: signature.authority,
              uuid: signature.certificateUuid,
            })}
          </p>
          <h4>{t('tryIt.sign.digest')}</h4>
          <pre className="code">{signature.digest}</pre>
        </>
      )}
      {links && (links.cards.length > 0 || links.certificates.length > 0) && (
        <div className="row-actions">
          {links.cards.slice(0, OFFERED_CARDS).flatMap((card) => [
            <button
              key={`${card.id}:limits`}
              type="button"
              className="button button-secondary button-small"
              onClick={() => props.onChoose('getCorporateCard', { corpCardId: card.id })}
            >
              {t('tryIt.useCard', { pan: card.pan })}
            </button>,
            <button
              key={`${card.id}:change`}
              type="button"
              className="button button-secondary button-small"
              onClick={() =>
                props.onChoose('createLimitChange', {
                  businessCardId: card.id,
                  corpCardId: card.id,
                })
              }
            >
              {t('tryIt.useCardForLimit', { pan: card.pan })}
            </button>,
          ])}
          {links.certificates.map((uuid) => (
            <button
              key={uuid}
              type="button"
              className="button button-secondary button-small"
              onClick={() => props.onChoose('createLimitChange', { certificateUuid: uuid })}
            >
              {t('tryIt.useCertificate', { uuid })}
            </button>
          ))}
        </div>
      )}
      {created && (
        <p>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => props.onChoose('getLimitChangeState', { externalId: values.externalId })}
          >
            {t('tryIt.followState', { externalId: values.externalId })}
          </button>
        </p>
      )}
    </ExchangeView>
  );
}
