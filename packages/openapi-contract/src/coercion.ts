import { dereference } from './json-pointer.js';

/** The JSON types a schema admits, following `$ref`, `allOf`, `anyOf` and `oneOf`. */
export function schemaTypes(document: unknown, schema: unknown, depth = 0): Set<string> {
  const types = new Set<string>();
  if (schema === null || typeof schema !== 'object' || depth > 16) return types;
  const node =
    '$ref' in schema ? dereference(document, schema, '').node : (schema as Record<string, unknown>);
  const type = node.type;
  if (typeof type === 'string') types.add(type);
  if (Array.isArray(type)) for (const t of type) types.add(String(t));
  if ('const' in node) types.add(typeof node.const === 'number' ? 'number' : typeof node.const);
  if (Array.isArray(node.enum)) for (const v of node.enum) types.add(typeof v);
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = node[key];
    if (Array.isArray(list)) {
      for (const sub of list) for (const t of schemaTypes(document, sub, depth + 1)) types.add(t);
    }
  }
  return types;
}

/** The `items` schema of an array schema (following `$ref`), if any. */
export function itemsSchema(document: unknown, schema: unknown): unknown {
  if (schema === null || typeof schema !== 'object') return undefined;
  const node =
    '$ref' in schema ? dereference(document, schema, '').node : (schema as Record<string, unknown>);
  return node.items;
}

/** The `properties` of an object schema (following `$ref`), if any. */
export function propertiesOf(document: unknown, schema: unknown): Record<string, unknown> {
  if (schema === null || typeof schema !== 'object') return {};
  const node =
    '$ref' in schema ? dereference(document, schema, '').node : (schema as Record<string, unknown>);
  const props = node.properties;
  return props !== null && typeof props === 'object' ? (props as Record<string, unknown>) : {};
}

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Converts a text value to the scalar type its schema names. Values that do not convert stay
 * strings, so that the schema reports them (`must be integer`) instead of the coercion hiding them.
 */
export function coerceScalar(text: string, types: Set<string>): unknown {
  if (types.has('string') || types.size === 0) return text;
  if ((types.has('integer') || types.has('number')) && NUMBER.test(text)) {
    if (types.has('number') || INTEGER.test(text)) return Number(text);
  }
  if (types.has('boolean') && (text === 'true' || text === 'false')) return text === 'true';
  if (types.has('null') && text === 'null') return null;
  return text;
}

const DELIMITERS: Record<string, string> = {
  form: ',',
  simple: ',',
  spaceDelimited: ' ',
  pipeDelimited: '|',
};

/**
 * Deserializes a parameter's raw occurrences per its `style` and `explode` (OpenAPI 3.1 §4.8.12.4):
 * an array with `explode: false` is one delimited value; with `explode: true`, one value per occurrence.
 */
export function deserializeParameter(
  document: unknown,
  raw: string[],
  schema: unknown,
  style: string,
  explode: boolean,
): unknown {
  const types = schemaTypes(document, schema);
  if (types.has('array')) {
    const itemTypes = schemaTypes(document, itemsSchema(document, schema));
    const delimiter = DELIMITERS[style] ?? ',';
    const parts = explode && style === 'form' ? raw : raw.flatMap((v) => v.split(delimiter));
    return parts.map((p) => coerceScalar(p, itemTypes));
  }
  return coerceScalar(raw[raw.length - 1] ?? '', types);
}

/** Coerces the string values of a form body (`application/x-www-form-urlencoded`) per the properties' types. */
export function coerceFormBody(
  document: unknown,
  body: Record<string, unknown>,
  schema: unknown,
): Record<string, unknown> {
  const properties = propertiesOf(document, schema);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    const propSchema = properties[key];
    if (propSchema === undefined || (typeof value !== 'string' && !Array.isArray(value))) {
      out[key] = value;
      continue;
    }
    const raw = Array.isArray(value) ? value.map(String) : [value];
    out[key] = deserializeParameter(document, raw, propSchema, 'form', true);
  }
  return out;
}
