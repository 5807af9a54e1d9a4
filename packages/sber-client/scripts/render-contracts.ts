// Turns the bank's OpenAPI document into the data the client validates requests against, so the
// patterns, enums and required fields exist once (in the spec) and never as a hand-copied schema.
import { parse } from 'yaml';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The JSON Schema keywords the client-side validator understands; everything else is prose. */
const RULE_KEYWORDS = [
  'type',
  'pattern',
  'enum',
  'const',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'required',
] as const;

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function expectObject(value: Json | undefined, where: string): JsonObject {
  if (!isObject(value)) throw new Error(`${where}: expected an object in the spec`);
  return value;
}

function resolvePointer(document: JsonObject, ref: string): JsonObject {
  if (!ref.startsWith('#/')) throw new Error(`only local $ref is supported, got ${ref}`);
  let node: Json = document;
  for (const segment of ref.slice(2).split('/')) {
    node = expectObject(node, ref)[segment] ?? null;
  }
  return expectObject(node, ref);
}

/** Inlines `$ref` and `allOf` and keeps only the keywords a validator needs. */
function toRule(document: JsonObject, schema: JsonObject): JsonObject {
  const merged: JsonObject = {};
  const sources = [
    ...(typeof schema.$ref === 'string'
      ? [toRule(document, resolvePointer(document, schema.$ref))]
      : []),
    ...(Array.isArray(schema.allOf)
      ? schema.allOf.map((part) => toRule(document, expectObject(part, 'allOf')))
      : []),
    schema,
  ];
  for (const source of sources) {
    for (const keyword of RULE_KEYWORDS) {
      if (source[keyword] !== undefined) merged[keyword] = source[keyword];
    }
    // The bank writes the decimal format of `limit` as a pattern on a number (`x-pattern`).
    if (typeof source['x-pattern'] === 'string') merged.pattern = source['x-pattern'];
    if (isObject(source.items)) merged.items = toRule(document, source.items);
    if (isObject(source.properties)) {
      merged.properties = Object.fromEntries(
        Object.entries(source.properties).map(([name, property]) => [
          name,
          toRule(document, expectObject(property, name)),
        ]),
      );
    }
  }
  return merged;
}

function serverUrl(servers: Json | undefined, contour: RegExp): string {
  const match = (Array.isArray(servers) ? servers : []).find(
    (server) =>
      isObject(server) &&
      typeof server.description === 'string' &&
      contour.test(server.description),
  );
  if (!isObject(match) || typeof match.url !== 'string') {
    throw new Error(`the spec names no server whose description matches ${contour}`);
  }
  return match.url;
}

function operationContracts(document: JsonObject): JsonObject {
  const contracts: JsonObject = {};
  for (const [path, item] of Object.entries(expectObject(document.paths, 'paths'))) {
    const pathItem = expectObject(item, path);
    // Operations with servers of their own (SberBusiness ID) are not called through this client.
    if (pathItem.servers !== undefined) continue;
    for (const method of HTTP_METHODS) {
      if (!isObject(pathItem[method])) continue;
      const operation = pathItem[method];
      const operationId = String(operation.operationId);
      const parameters = (Array.isArray(operation.parameters) ? operation.parameters : []).map(
        (raw) => {
          const parameter = expectObject(raw, `${operationId} parameter`);
          return {
            name: parameter.name ?? null,
            in: parameter.in ?? null,
            required: parameter.required === true,
            schema: toRule(document, expectObject(parameter.schema, `${operationId} schema`)),
          };
        },
      );
      const requestBody = isObject(operation.requestBody) ? operation.requestBody : undefined;
      const bodySchema = requestBody
        ? expectObject(
            expectObject(expectObject(requestBody.content, 'content')['application/json'], 'json')
              .schema,
            `${operationId} body`,
          )
        : undefined;
      contracts[operationId] = {
        method: method.toUpperCase(),
        path,
        scope: operation['x-scope'] ?? null,
        parameters,
        body: bodySchema
          ? { required: requestBody?.required === true, schema: toRule(document, bodySchema) }
          : null,
      };
    }
  }
  return contracts;
}

/** `BusinessCardStatus` → `businessCardStatus`, `grant_type` → `GrantType`: the names the values take. */
function camelName(name: string): string {
  const pascal = pascalName(name);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

function pascalName(name: string): string {
  return name
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** A RegExp literal of a pattern, `/` escaped as a literal needs it. */
function regExpLiteral(source: string): string {
  return `/${source.replaceAll('/', '\\/')}/`;
}

/**
 * The enums (as readonly arrays) and patterns (as RegExp) of the spec's schemas and of their own
 * properties, each named after where it is declared: `BusinessCardStatus`'s enum is
 * `businessCardStatusValues`, `Notice.cause`'s is `noticeCauseValues`, `DocumentUuid`'s pattern
 * `documentUuidPattern`. An open set (`x-extensible-enum`) is listed the same way, and each of its
 * `x-value-groups` as `<name><Group>Values` (`bankDocumentStatusRefusedValues`).
 */
function schemaValues(document: JsonObject): string[] {
  const schemas = expectObject(
    expectObject(document.components, 'components').schemas,
    'components.schemas',
  );
  const lines: string[] = [];
  const declare = (name: string, where: string, schema: JsonObject) => {
    if (Array.isArray(schema.enum)) {
      lines.push(
        `/** The values of \`${where}\`. */`,
        `export const ${name}Values = ${JSON.stringify(schema.enum)} as const;`,
        '',
      );
    }
    // An open set of known values (the bank may add more): listed, never validated against.
    const known = schema['x-extensible-enum'];
    if (Array.isArray(known)) {
      lines.push(
        `/** The known values of \`${where}\`, an open set: the bank may add others. */`,
        `export const ${name}Values = ${JSON.stringify(known)} as const;`,
        '',
      );
    }
    const groups = schema['x-value-groups'];
    for (const [group, values] of Object.entries(isObject(groups) ? groups : {})) {
      lines.push(
        `/** The values of \`${where}\` in its group \`${group}\`. */`,
        `export const ${name}${pascalName(group)}Values = ${JSON.stringify(values)} as const;`,
        '',
      );
    }
    const pattern = schema.pattern ?? schema['x-pattern'];
    if (typeof pattern === 'string') {
      lines.push(
        `/** The pattern of \`${where}\`. */`,
        `export const ${name}Pattern = ${regExpLiteral(pattern)};`,
        '',
      );
    }
  };
  for (const [schemaName, raw] of Object.entries(schemas)) {
    const schema = expectObject(raw, schemaName);
    declare(camelName(schemaName), schemaName, schema);
    if (!isObject(schema.properties)) continue;
    for (const [propertyName, property] of Object.entries(schema.properties)) {
      declare(
        `${camelName(schemaName)}${pascalName(propertyName)}`,
        `${schemaName}.${propertyName}`,
        expectObject(property, propertyName),
      );
    }
  }
  return lines;
}

/** Renders `src/generated/sber-business-cards.patterns.ts` from the text of the bank's spec. */
export function renderContracts(specText: string): string {
  const document = expectObject(parse(specText) as Json, 'document');
  const securitySchemes = expectObject(
    expectObject(document.components, 'components').securitySchemes,
    'securitySchemes',
  );
  const tokenPattern = expectObject(securitySchemes.sberBusinessId, 'sberBusinessId')[
    'x-token-pattern'
  ];
  const servers = {
    test: serverUrl(document.servers, /test/i),
    production: serverUrl(document.servers, /production/i),
  };
  const json = (value: Json) => JSON.stringify(value, null, 2);
  return [
    '/**',
    ' * This file was generated from spec/sber-business-cards.yaml by scripts/generate-contracts.ts.',
    ' * Do not make direct changes to the file: run `pnpm --filter @devportal/sber-client generate`.',
    ' */',
    "import type { OperationContract } from '../validation/operation-contract.js';",
    '',
    "/** The bank's contours, from the spec's `servers`. */",
    `export const bankServers = ${json(servers)} as const;`,
    '',
    '/** The form of a SberBusiness ID access token (`x-token-pattern`). */',
    `export const accessTokenPattern = ${json(tokenPattern ?? null)};`,
    '',
    '/** What each operation of the bank accepts: parameters, body, and the scope it needs. */',
    `export const operationContracts = ${json(operationContracts(document))} as const satisfies Record<string, OperationContract>;`,
    '',
    ...schemaValues(document),
  ].join('\n');
}
