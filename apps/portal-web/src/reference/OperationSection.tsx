import { Link } from 'react-router';
import { useAuth } from '../auth/auth-context.js';
import { useI18n } from '../i18n/i18n-context.js';
import { CodeSamples } from './CodeSamples.js';
import {
  causesOf,
  type LocatedOperation,
  type OpenApiDocument,
  refName,
  responseOf,
} from './openapi-document.js';
import type { OperationSamples } from './operation-samples.js';
import { SchemaRules, SchemaType } from './SchemaView.js';

/** Where «Попробовать» opens: in the person's organisation, after signing in if need be. */
export const TRY_IT_PATH = '/try-it';

/** One operation: what it does, its scope, parameters, body, answers with causes, and code. */
export function OperationSection(props: {
  document: OpenApiDocument;
  located: LocatedOperation;
  samples?: OperationSamples;
}) {
  const { t } = useI18n();
  const { session } = useAuth();
  const { document, located } = props;
  const { operation } = located;
  const id = operation.operationId;
  const body = operation.requestBody?.content['application/json']?.schema;
  const tryIt = session ? TRY_IT_PATH : `/login?next=${encodeURIComponent(TRY_IT_PATH)}`;
  return (
    <section id={`op-${id}`} className="card ref-operation" aria-labelledby={`op-${id}-title`}>
      <h2 id={`op-${id}-title`}>{operation.summary ?? id}</h2>
      <p className="ref-endpoint">
        <span className={`ref-method ref-method-${located.method.toLowerCase()}`}>
          {located.method}
        </span>{' '}
        <code>{located.path}</code>
      </p>
      <dl className="facts small">
        <dt>operationId</dt>
        <dd>
          <code>{id}</code>
        </dd>
        <dt>{t('reference.scope')}</dt>
        <dd>
          {operation['x-scope'] ? <code>{operation['x-scope']}</code> : t('reference.noScope')}
        </dd>
      </dl>
      {operation.description && <p className="ref-prose">{operation.description}</p>}
      {props.samples && (
        <p>
          <Link to={tryIt} className="button button-secondary button-small">
            {session ? t('reference.tryIt') : t('reference.tryIt.signIn')}
          </Link>
        </p>
      )}

      {(operation.parameters?.length ?? 0) > 0 && (
        <>
          <h3>{t('reference.parameters')}</h3>
          <dl className="ref-fields">
            {operation.parameters?.map((parameter) => (
              <div key={`${parameter.in}:${parameter.name}`} className="ref-field">
                <dt>
                  <code>{parameter.name}</code>{' '}
                  <span className="muted small">{t(`reference.in.${parameter.in}`)}</span>{' '}
                  <SchemaType schema={parameter.schema} />{' '}
                  {parameter.required && (
                    <span className="badge badge-info">{t('reference.required')}</span>
                  )}
                </dt>
                <dd>
                  {parameter.description && <p className="ref-prose">{parameter.description}</p>}
                  <SchemaRules schema={parameter.schema} />
                  {parameter.example !== undefined && (
                    <p className="ref-example">
                      {t('reference.example')}: <code>{JSON.stringify(parameter.example)}</code>
                    </p>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}

      {body && (
        <>
          <h3>{t('reference.body')}</h3>
          <p>
            <code>application/json</code>: <SchemaType schema={body} />
          </p>
        </>
      )}

      <h3>{t('reference.responses')}</h3>
      <dl className="ref-fields">
        {Object.entries(operation.responses).map(([status, declared]) => {
          const response = responseOf(document, declared);
          const media = Object.entries(response.content ?? {})[0];
          const causes = causesOf(response);
          return (
            <div key={status} className="ref-field">
              <dt>
                <span
                  className={status.startsWith('2') ? 'badge badge-success' : 'badge badge-danger'}
                >
                  {status}
                </span>{' '}
                {declared.$ref && <code className="small">{refName(declared.$ref)}</code>}
              </dt>
              <dd>
                {response.description && <p className="ref-prose">{response.description}</p>}
                {causes.length > 0 && (
                  <p className="small">
                    {t('reference.causes')}:{' '}
                    {causes.map((cause) => (
                      <code key={cause} className="ref-cause">
                        {cause}
                      </code>
                    ))}
                  </p>
                )}
                {media?.[1].schema && (
                  <p className="small">
                    <code>{media[0]}</code>: <SchemaType schema={media[1].schema} />
                  </p>
                )}
                {Object.entries(response.headers ?? {}).map(([name, header]) => (
                  <p key={name} className="small">
                    <code>{name}</code>: {header.description}
                  </p>
                ))}
              </dd>
            </div>
          );
        })}
      </dl>

      {props.samples && (
        <>
          <h3>{t('reference.samples')}</h3>
          <CodeSamples operationId={id} samples={props.samples} />
        </>
      )}
    </section>
  );
}
