import { useI18n } from '../i18n/i18n-context.js';
import { refName, type SchemaObject } from './openapi-document.js';

/** A schema's type in a few words: a link for a named schema, `array of …`, or its type. */
export function SchemaType(props: { schema: SchemaObject }) {
  const { t } = useI18n();
  const { schema } = props;
  if (schema.$ref) {
    const name = refName(schema.$ref);
    return (
      <a href={`#schema-${name}`}>
        <code>{name}</code>
      </a>
    );
  }
  const [only] = schema.allOf ?? [];
  if (only) return <SchemaType schema={only} />;
  if (schema.type === 'array' && schema.items) {
    return (
      <>
        {t('reference.arrayOf')} <SchemaType schema={schema.items} />
      </>
    );
  }
  return <code>{[schema.type ?? 'any', schema.format].filter(Boolean).join(', ')}</code>;
}

/** What a value must be: enum, pattern, bounds, and the spec's erratum about it. */
export function SchemaRules(props: { schema: SchemaObject }) {
  const { t } = useI18n();
  const { schema } = props;
  const rules: [string, string][] = [];
  if (schema.enum) rules.push([t('reference.enum'), schema.enum.join(', ')]);
  if (schema['x-extensible-enum']) {
    rules.push([t('reference.openEnum'), schema['x-extensible-enum'].join(', ')]);
  }
  if (schema.const !== undefined) rules.push([t('reference.const'), String(schema.const)]);
  if (schema.pattern) rules.push([t('reference.pattern'), schema.pattern]);
  if (schema['x-pattern']) rules.push([t('reference.pattern'), schema['x-pattern']]);
  if (schema.minimum !== undefined) rules.push([t('reference.minimum'), String(schema.minimum)]);
  if (schema.minItems !== undefined) rules.push([t('reference.minItems'), String(schema.minItems)]);
  if (schema.maxItems !== undefined) rules.push([t('reference.maxItems'), String(schema.maxItems)]);
  if (schema.minLength !== undefined) {
    rules.push([t('reference.minLength'), String(schema.minLength)]);
  }
  const example = schema.example ?? schema.examples;
  return (
    <>
      {rules.length > 0 && (
        <ul className="ref-rules">
          {rules.map(([label, value]) => (
            <li key={`${label}:${value}`}>
              {label}: <code>{value}</code>
            </li>
          ))}
        </ul>
      )}
      {example !== undefined && typeof example !== 'object' && (
        <p className="ref-example">
          {t('reference.example')}: <code>{String(example)}</code>
        </p>
      )}
      {schema['x-erratum'] && <ErratumNote text={schema['x-erratum']} />}
      {schema.items && <SchemaRules schema={schema.items} />}
    </>
  );
}

/** A correction of the bank's published text that the spec carries. */
export function ErratumNote(props: { text: string }) {
  const { t } = useI18n();
  return (
    <p className="notice notice-warning small">
      <strong>{t('reference.erratum')}</strong> {props.text}
    </p>
  );
}

/** An object schema's fields, one row each, nested objects by link. */
export function SchemaFields(props: { schema: SchemaObject }) {
  const { t } = useI18n();
  const properties = Object.entries(props.schema.properties ?? {});
  if (properties.length === 0) return null;
  const required = new Set(props.schema.required ?? []);
  return (
    <dl className="ref-fields">
      {properties.map(([name, property]) => (
        <div key={name} className="ref-field">
          <dt>
            <code>{name}</code> <SchemaType schema={property} />{' '}
            {required.has(name) && (
              <span className="badge badge-info">{t('reference.required')}</span>
            )}
          </dt>
          <dd>
            {property.description && <p>{property.description}</p>}
            <SchemaRules schema={property} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A named schema of the spec: its description, rules, fields and example. */
export function NamedSchema(props: { name: string; schema: SchemaObject }) {
  const { t } = useI18n();
  const { name, schema } = props;
  return (
    <section id={`schema-${name}`} className="ref-schema" aria-labelledby={`schema-${name}-title`}>
      <h3 id={`schema-${name}-title`}>
        <code>{name}</code>{' '}
        <span className="muted small">
          {<SchemaType schema={{ ...schema, $ref: undefined }} />}
        </span>
      </h3>
      {schema.description && <p className="ref-prose">{schema.description}</p>}
      {schema['x-source'] && <p className="small muted">{schema['x-source']}</p>}
      <SchemaRules schema={{ ...schema, example: undefined }} />
      <SchemaFields schema={schema} />
      {schema.example !== undefined && typeof schema.example === 'object' && (
        <>
          <h4>{t('reference.example')}</h4>
          <pre className="code">{JSON.stringify(schema.example, null, 2)}</pre>
        </>
      )}
    </section>
  );
}
