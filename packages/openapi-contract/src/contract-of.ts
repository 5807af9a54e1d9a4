import type { ValidateFunction } from 'ajv/dist/2020.js';
import { coerceFormBody, coerceScalar, deserializeParameter, schemaTypes } from './coercion.js';
import { dereference, pointer } from './json-pointer.js';
import { PathMatcher } from './path-matcher.js';
import type {
  Contract,
  HeaderInput,
  Location,
  OperationInfo,
  OperationMatch,
  ParsedRequest,
  QueryInput,
  RequestParts,
  Violation,
} from './types.js';
import { toViolations } from './violations.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  style: string;
  explode: boolean;
  /** where its schema lives in the document */
  schemaAt: string | undefined;
  schema: unknown;
}

interface PreparedOperation {
  info: OperationInfo;
  at: string;
  parameters: Parameter[];
  requestBody: Record<string, unknown> | undefined;
  requestBodyAt: string | undefined;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

function mediaTypeOf(contentType: string): string {
  return (contentType.split(';', 1)[0] ?? '').trim().toLowerCase();
}

/** The declared media type that serves `contentType` (exact, then `type/*`, then `*\/*`). */
function pickMediaType(declared: string[], contentType: string | undefined): string | undefined {
  if (contentType === undefined) {
    return declared.find((m) => m === 'application/json') ?? declared[0];
  }
  const wanted = mediaTypeOf(contentType);
  const [type] = wanted.split('/');
  return (
    declared.find((m) => m.toLowerCase() === wanted) ??
    declared.find((m) => m.toLowerCase() === `${type}/*`) ??
    declared.find((m) => m === '*/*')
  );
}

function headerLookup(headers: HeaderInput | undefined): (name: string) => string[] | undefined {
  if (headers === undefined) return () => undefined;
  if (headers instanceof Headers) {
    return (name) => {
      const value = headers.get(name);
      return value === null ? undefined : [value];
    };
  }
  const lower = new Map<string, string[]>();
  for (const [key, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    lower.set(key.toLowerCase(), Array.isArray(value) ? value : [value]);
  }
  return (name) => lower.get(name.toLowerCase());
}

function queryLookup(query: QueryInput | undefined): (name: string) => string[] | undefined {
  if (query === undefined) return () => undefined;
  if (typeof query === 'string' || query instanceof URLSearchParams) {
    const params =
      typeof query === 'string' ? new URLSearchParams(query.replace(/^\?/, '')) : query;
    return (name) => {
      const all = params.getAll(name);
      return all.length === 0 ? undefined : all;
    };
  }
  return (name) => {
    const value = query[name];
    if (value === undefined) return undefined;
    return Array.isArray(value) ? value : [value];
  };
}

/** The base paths of the document's servers (`/fintech/api`), at every level they may be declared. */
function collectBasePaths(document: Record<string, unknown>): string[] {
  const bases: string[] = [];
  const addServers = (servers: unknown) => {
    if (!Array.isArray(servers)) return;
    for (const server of servers) {
      const url = asRecord(server).url;
      if (typeof url !== 'string') continue;
      const withoutVariables = url.replace(/\{[^}]*\}/g, 'x');
      try {
        bases.push(
          new URL(withoutVariables, 'http://relative.invalid').pathname.replace(/\/$/, ''),
        );
      } catch {
        // A server URL that is not a URL contributes no base path.
      }
    }
  };
  addServers(document.servers);
  for (const pathItem of Object.values(asRecord(document.paths))) {
    addServers(asRecord(pathItem).servers);
    for (const method of METHODS) addServers(asRecord(asRecord(pathItem)[method]).servers);
  }
  return bases;
}

/** Each operation of `document` with its parameters and request body, `$ref`s resolved. */
function prepareOperations(document: Record<string, unknown>): PreparedOperation[] {
  const operations: PreparedOperation[] = [];
  for (const [template, rawPathItem] of Object.entries(asRecord(document.paths))) {
    const pathItemAt = pointer('paths', template);
    const { node: pathItem, at: resolvedPathItemAt } = dereference(
      document,
      rawPathItem,
      pathItemAt,
    );
    for (const method of METHODS) {
      const definition = pathItem[method];
      if (definition === undefined) continue;
      const op = asRecord(definition);
      if (typeof op.operationId !== 'string') continue;
      const opAt = `${resolvedPathItemAt}${pointer(method)}`;

      const byKey = new Map<string, Parameter>();
      const addParameters = (list: unknown, listAt: string) => {
        if (!Array.isArray(list)) return;
        list.forEach((raw, i) => {
          const { node: param, at } = dereference(document, raw, `${listAt}${pointer(i)}`);
          const location = param.in as Parameter['in'];
          const style =
            typeof param.style === 'string'
              ? param.style
              : location === 'query' || location === 'cookie'
                ? 'form'
                : 'simple';
          const explode = typeof param.explode === 'boolean' ? param.explode : style === 'form';
          byKey.set(`${location}:${String(param.name)}`, {
            name: String(param.name),
            in: location,
            required: param.required === true,
            style,
            explode,
            schemaAt: param.schema === undefined ? undefined : `${at}/schema`,
            schema: param.schema,
          });
        });
      };
      addParameters(pathItem.parameters, `${resolvedPathItemAt}/parameters`);
      addParameters(op.parameters, `${opAt}/parameters`);

      let requestBody: Record<string, unknown> | undefined;
      let requestBodyAt: string | undefined;
      if (op.requestBody !== undefined) {
        const resolved = dereference(document, op.requestBody, `${opAt}/requestBody`);
        requestBody = resolved.node;
        requestBodyAt = resolved.at;
      }

      operations.push({
        info: { operationId: op.operationId, method, pathTemplate: template, definition: op },
        at: opAt,
        parameters: [...byKey.values()],
        requestBody,
        requestBodyAt,
      });
    }
  }

  return operations;
}

/**
 * The JSON pointers of every schema a request of `document` is checked against (parameters and
 * each request body media type): what a build compiles ahead for a precompiled contract.
 */
export function requestSchemaPointers(document: Record<string, unknown>): string[] {
  const pointers = new Set<string>();
  for (const op of prepareOperations(document)) {
    for (const param of op.parameters) {
      if (param.in !== 'cookie' && param.schemaAt !== undefined) pointers.add(param.schemaAt);
    }
    if (op.requestBody === undefined || op.requestBodyAt === undefined) continue;
    for (const [mediaType, media] of Object.entries(asRecord(op.requestBody.content))) {
      if (asRecord(media).schema === undefined) continue;
      pointers.add(`${op.requestBodyAt}${pointer('content', mediaType, 'schema')}`);
    }
  }
  return [...pointers];
}

/** The compiled check of the schema at a JSON pointer into the document (`/paths/…/schema`). */
export type ValidatorAt = (at: string) => ValidateFunction;

/**
 * A contract of `document` whose schemas are checked by `validatorAt`: compiled at run time by
 * ajv ({@link createContract}), or compiled at build time (`@devportal/openapi-contract/precompiled`).
 * This module imports neither ajv nor a YAML parser, so a bundle of precompiled checks carries none.
 */
export function contractOf(document: Record<string, unknown>, validatorAt: ValidatorAt): Contract {
  const operations = prepareOperations(document);
  const byId = new Map(operations.map((op) => [op.info.operationId, op]));
  const matcher = new PathMatcher(
    operations.map((op) => op.info),
    collectBasePaths(document),
  );

  const prepared = (operationId: string): PreparedOperation => {
    const op = byId.get(operationId);
    if (!op) throw new Error(`Unknown operationId: ${operationId}`);
    return op;
  };

  const validateValue = (
    at: string,
    value: unknown,
    location: Location,
    prefix: string,
  ): Violation[] => {
    const validate = validatorAt(at);
    return validate(value) ? [] : toViolations(validate.errors, location, prefix);
  };

  function parseRequest(operationId: string, parts: RequestParts): ParsedRequest {
    const op = prepared(operationId);
    const violations: Violation[] = [];
    const parsed: ParsedRequest = {
      violations,
      path: {},
      query: {},
      headers: {},
      body: parts.body,
    };
    const sources: Record<Parameter['in'], (name: string) => string[] | undefined> = {
      path: (name) => {
        const value = parts.path?.[name];
        return value === undefined ? undefined : [value];
      },
      query: queryLookup(parts.query),
      header: headerLookup(parts.headers),
      cookie: () => undefined,
    };

    for (const param of op.parameters) {
      if (param.in === 'cookie') continue;
      const location: Location = param.in;
      const raw = sources[param.in](param.name);
      if (raw === undefined) {
        if (param.required || param.in === 'path') {
          violations.push({
            field: param.name,
            message: `must have required ${location} parameter '${param.name}'`,
            location,
            keyword: 'required',
          });
        }
        continue;
      }
      const value = deserializeParameter(document, raw, param.schema, param.style, param.explode);
      const target = param.in === 'header' ? parsed.headers : parsed[param.in];
      target[param.name] = value;
      if (param.schemaAt !== undefined) {
        violations.push(...validateValue(param.schemaAt, value, location, param.name));
      }
    }

    if (op.requestBody !== undefined && op.requestBodyAt !== undefined) {
      const content = asRecord(op.requestBody.content);
      const declared = Object.keys(content);
      if (parts.body === undefined) {
        if (op.requestBody.required === true) {
          violations.push({
            field: 'body',
            message: 'must have a request body',
            location: 'body',
            keyword: 'required',
          });
        }
      } else {
        const mediaType = pickMediaType(declared, parts.contentType);
        if (mediaType === undefined) {
          violations.push({
            field: 'content-type',
            message: `must be one of ${declared.join(', ')}`,
            location: 'content-type',
            keyword: 'contentType',
          });
        } else {
          const schema = asRecord(content[mediaType]).schema;
          if (schema !== undefined) {
            let body = parts.body;
            if (
              mediaType === 'application/x-www-form-urlencoded' &&
              body !== null &&
              typeof body === 'object' &&
              !Array.isArray(body)
            ) {
              body = coerceFormBody(document, body as Record<string, unknown>, schema);
            }
            parsed.body = body;
            const schemaAt = `${op.requestBodyAt}${pointer('content', mediaType, 'schema')}`;
            violations.push(...validateValue(schemaAt, body, 'body', ''));
          }
        }
      }
    }
    return parsed;
  }

  function validateResponse(
    operationId: string,
    status: number,
    body: unknown,
    contentType?: string,
    headers?: HeaderInput,
  ): Violation[] {
    const op = prepared(operationId);
    const responses = asRecord(op.info.definition.responses);
    const key = [
      String(status),
      `${String(status)[0]}XX`,
      `${String(status)[0]}xx`,
      'default',
    ].find((k) => k in responses);
    if (key === undefined) {
      return [
        {
          field: 'status',
          message: `status ${status} is not declared for ${operationId} (declared: ${Object.keys(responses).join(', ')})`,
          location: 'status',
          keyword: 'status',
        },
      ];
    }
    const { node: response, at } = dereference(
      document,
      responses[key],
      `${op.at}${pointer('responses', key)}`,
    );
    const violations: Violation[] = [];

    const lookup = headerLookup(headers);
    for (const [name, rawHeader] of Object.entries(asRecord(response.headers))) {
      if (name.toLowerCase() === 'content-type') continue;
      const { node: header, at: headerAt } = dereference(
        document,
        rawHeader,
        `${at}${pointer('headers', name)}`,
      );
      const raw = headers === undefined ? undefined : lookup(name);
      if (raw === undefined) {
        if (header.required === true && headers !== undefined) {
          violations.push({
            field: name,
            message: `must have required header '${name}'`,
            location: 'header',
            keyword: 'required',
          });
        }
        continue;
      }
      if (header.schema !== undefined) {
        const value = coerceScalar(raw[0] ?? '', schemaTypes(document, header.schema));
        violations.push(...validateValue(`${headerAt}/schema`, value, 'header', name));
      }
    }

    const content = asRecord(response.content);
    const declared = Object.keys(content);
    const hasBody = body !== undefined && body !== '';
    if (declared.length === 0) {
      if (hasBody) {
        violations.push({
          field: 'body',
          message: `must be empty: status ${status} of ${operationId} declares no content`,
          location: 'body',
          keyword: 'content',
        });
      }
      return violations;
    }
    const mediaType = pickMediaType(declared, contentType);
    if (mediaType === undefined) {
      violations.push({
        field: 'content-type',
        message: `${contentType ?? '(none)'} is not declared for status ${status} of ${operationId}: expected ${declared.join(', ')}`,
        location: 'content-type',
        keyword: 'contentType',
      });
      return violations;
    }
    if (!hasBody) {
      violations.push({
        field: 'body',
        message: `must have a ${mediaType} body`,
        location: 'body',
        keyword: 'required',
      });
      return violations;
    }
    if (asRecord(content[mediaType]).schema !== undefined) {
      violations.push(
        ...validateValue(`${at}${pointer('content', mediaType, 'schema')}`, body, 'body', ''),
      );
    }
    return violations;
  }

  return {
    document,
    operations: operations.map((op) => op.info),
    operationById: (operationId) => prepared(operationId).info,
    operation: (method: string, path: string): OperationMatch | undefined =>
      matcher.match(method, path),
    validateRequest: (operationId, parts) => parseRequest(operationId, parts).violations,
    parseRequest,
    validateResponse,
  };
}
