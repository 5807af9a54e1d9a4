/**
 * The part of an OpenAPI 3.1 document the reference reads. The spec is parsed from YAML at build
 * time (`pnpm generate`), so the browser only ever receives JSON of this shape.
 */
export interface SchemaObject {
  readonly $ref?: string;
  readonly type?: string;
  readonly description?: string;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly pattern?: string;
  readonly format?: string;
  readonly minimum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minLength?: number;
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, SchemaObject>>;
  readonly items?: SchemaObject;
  readonly allOf?: readonly SchemaObject[];
  readonly example?: unknown;
  readonly examples?: readonly unknown[];
  readonly 'x-erratum'?: string;
  readonly 'x-extensible-enum'?: readonly string[];
  readonly 'x-pattern'?: string;
  readonly 'x-source'?: string;
}

export interface ParameterObject {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly required?: boolean;
  readonly description?: string;
  readonly style?: string;
  readonly explode?: boolean;
  readonly schema: SchemaObject;
  readonly example?: unknown;
}

export interface MediaObject {
  readonly schema?: SchemaObject;
}

export interface ResponseObject {
  readonly $ref?: string;
  readonly description?: string;
  readonly content?: Readonly<Record<string, MediaObject>>;
  readonly headers?: Readonly<Record<string, { description?: string }>>;
}

export interface OperationObject {
  readonly operationId: string;
  readonly tags?: readonly string[];
  readonly summary?: string;
  readonly description?: string;
  readonly 'x-scope'?: string;
  readonly security?: readonly unknown[];
  readonly parameters?: readonly ParameterObject[];
  readonly requestBody?: {
    readonly required?: boolean;
    readonly content: Readonly<Record<string, MediaObject>>;
  };
  readonly responses: Readonly<Record<string, ResponseObject>>;
}

export interface OpenApiDocument {
  readonly info: {
    readonly title: string;
    readonly version: string;
    readonly description?: string;
  };
  readonly servers: readonly { readonly url: string; readonly description?: string }[];
  readonly tags?: readonly { readonly name: string; readonly description?: string }[];
  readonly paths: Readonly<
    Record<string, Readonly<Record<string, OperationObject | unknown>> & { servers?: unknown }>
  >;
  readonly components: {
    readonly schemas: Readonly<Record<string, SchemaObject>>;
    readonly responses: Readonly<Record<string, ResponseObject>>;
    readonly securitySchemes: Readonly<Record<string, SchemaObject & Record<string, unknown>>>;
  };
}

/** One operation with where it lives. */
export interface LocatedOperation {
  readonly method: string;
  readonly path: string;
  readonly operation: OperationObject;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Every operation of the document, in the document's order. */
export function operationsOf(document: OpenApiDocument): LocatedOperation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => method in item).map((method) => ({
      method: method.toUpperCase(),
      path,
      operation: item[method] as OperationObject,
    })),
  );
}

/** The name a local `$ref` points at (`#/components/schemas/Card` → `Card`). */
export function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

/** A component schema by `$ref`; throws on a reference the document does not hold. */
export function schemaAt(document: OpenApiDocument, ref: string): SchemaObject {
  const schema = document.components.schemas[refName(ref)];
  if (!schema) throw new Error(`The spec has no schema ${ref}`);
  return schema;
}

/** A response with its `$ref` followed. */
export function responseOf(document: OpenApiDocument, response: ResponseObject): ResponseObject {
  if (!response.$ref) return response;
  const target = document.components.responses[refName(response.$ref)];
  if (!target) throw new Error(`The spec has no response ${response.$ref}`);
  return target;
}

/** An example value for a schema: its own, or the one of the schema it refers to. */
export function exampleOf(document: OpenApiDocument, schema: SchemaObject): unknown {
  if (schema.example !== undefined) return schema.example;
  if (schema.$ref) return exampleOf(document, schemaAt(document, schema.$ref));
  const [first] = schema.allOf ?? [];
  return first ? exampleOf(document, first) : undefined;
}

/**
 * The bank's error causes a response can carry: the upper-case code each line of its description
 * starts with (`VALIDATION_FAULT: …`, `UNAUTHORIZED — …`), as the spec writes them.
 */
export function causesOf(response: ResponseObject): string[] {
  return [...(response.description ?? '').matchAll(/(?:^|\n)\s*([A-Z][A-Z_]{3,})\b/g)].map(
    (match) => match[1] ?? '',
  );
}
