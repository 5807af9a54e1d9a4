import { useEffect } from 'react';
import { useLocation, useParams } from 'react-router';
import { PageHeader } from '../components/PageHeader.js';
import { useI18n } from '../i18n/i18n-context.js';
import {
  BUSINESS_CARDS_PRODUCT_ID,
  BUSINESS_CARDS_SAMPLES,
  BUSINESS_CARDS_SPEC,
  BUSINESS_CARDS_SPEC_FILE,
} from './business-cards-spec.js';
import { errataOf } from './errata.js';
import { OperationSection } from './OperationSection.js';
import { operationsOf } from './openapi-document.js';
import { PublicLayout } from './PublicLayout.js';
import { ErratumNote, NamedSchema } from './SchemaView.js';

const OPERATIONS = operationsOf(BUSINESS_CARDS_SPEC);
const ERRATA = errataOf(BUSINESS_CARDS_SPEC);

/**
 * The business-cards API's reference, rendered from its spec for anyone: every operation with
 * parameters, body, answers and their causes, scopes, code, the schemas, and the spec's errata.
 */
export function ApiReferencePage() {
  const { t } = useI18n();
  const { productId } = useParams();
  const { hash } = useLocation();
  useEffect(() => {
    if (hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [hash]);
  if (productId !== BUSINESS_CARDS_PRODUCT_ID) {
    return (
      <PublicLayout>
        <PageHeader title={t('notFound.title')} description={t('reference.noProduct')} />
      </PublicLayout>
    );
  }
  const spec = BUSINESS_CARDS_SPEC;
  const security = spec.components.securitySchemes.sberBusinessId;
  return (
    <PublicLayout>
      <PageHeader
        title={spec.info.title}
        description={t('reference.description', { version: spec.info.version })}
        actions={
          <a href={BUSINESS_CARDS_SPEC_FILE} download className="button">
            {t('reference.download')}
          </a>
        }
      />
      <p className="small muted">{t('reference.englishProse')}</p>
      <nav className="card ref-toc" aria-labelledby="ref-toc-title">
        <h2 id="ref-toc-title">{t('reference.contents')}</h2>
        <ul>
          <li>
            <a href="#ref-overview">{t('reference.overview')}</a>
          </li>
          {OPERATIONS.map(({ method, path, operation }) => (
            <li key={operation.operationId}>
              <a href={`#op-${operation.operationId}`}>
                <span className="ref-method-text">{method}</span> <code>{path}</code>
              </a>
            </li>
          ))}
          <li>
            <a href="#ref-schemas">{t('reference.schemas')}</a>
          </li>
          <li>
            <a href="#ref-errata">{t('reference.errata')}</a>
          </li>
        </ul>
      </nav>

      <section id="ref-overview" className="card" aria-labelledby="ref-overview-title">
        <h2 id="ref-overview-title">{t('reference.overview')}</h2>
        {spec.info.description && <p className="ref-prose">{spec.info.description}</p>}
        <h3>{t('reference.servers')}</h3>
        <ul>
          {spec.servers.map((server) => (
            <li key={server.url}>
              <code>{server.url}</code> {server.description && <span>— {server.description}</span>}
            </li>
          ))}
          <li>
            <code>{`<${t('reference.gatewayOrigin')}>/cards/fintech/api`}</code> —{' '}
            {t('reference.gatewayServer')}
          </li>
        </ul>
        {security && (
          <>
            <h3>{t('reference.authentication')}</h3>
            {security.description && <p className="ref-prose">{security.description}</p>}
            {typeof security['x-token-pattern'] === 'string' && (
              <p className="small">
                {t('reference.pattern')}: <code>{security['x-token-pattern']}</code>
              </p>
            )}
          </>
        )}
      </section>

      {OPERATIONS.map((located) => {
        const samples = BUSINESS_CARDS_SAMPLES[located.operation.operationId];
        return (
          <OperationSection
            key={located.operation.operationId}
            document={spec}
            located={located}
            {...(samples ? { samples } : {})}
          />
        );
      })}

      <section id="ref-schemas" className="card" aria-labelledby="ref-schemas-title">
        <h2 id="ref-schemas-title">{t('reference.schemas')}</h2>
        {Object.entries(spec.components.schemas).map(([name, schema]) => (
          <NamedSchema key={name} name={name} schema={schema} />
        ))}
      </section>

      <section id="ref-errata" className="card" aria-labelledby="ref-errata-title">
        <h2 id="ref-errata-title">{t('reference.errata')}</h2>
        <p>{t('reference.errata.description', { count: ERRATA.length })}</p>
        <dl className="ref-fields">
          {ERRATA.map((erratum) => (
            <div key={erratum.location} className="ref-field">
              <dt>
                <code>{erratum.location}</code>
              </dt>
              <dd>
                <ErratumNote text={erratum.text} />
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </PublicLayout>
  );
}
