/** Where a request value came from. */
export type Location = 'path' | 'query' | 'header' | 'body' | 'status' | 'content-type';

/** One way a request or a response breaks the contract. */
export interface Violation {
  /** the parameter or property concerned, e.g. `page`, `digestSignatures[0].certificateUuid` */
  field: string;
  /** a human-readable explanation (English, from ajv) */
  message: string;
  /** where the value was read from */
  location: Location;
  /** the JSON Schema keyword that failed (`type`, `pattern`, `required`, …), for callers that map violations to their own error catalogue */
  keyword: string;
}

/** Header values as a plain record (any case) or a `Headers` object. */
export type HeaderInput = Headers | Record<string, string | string[] | undefined>;

/** Query values as a record (a repeated key as an array), a `URLSearchParams`, or a raw query string. */
export type QueryInput = URLSearchParams | string | Record<string, string | string[] | undefined>;

/** The parts of a request to validate. */
export interface RequestParts {
  /** path parameters, already extracted (see `Contract.operation`) */
  path?: Record<string, string>;
  query?: QueryInput;
  headers?: HeaderInput;
  /** the parsed body (JSON value, or a record for form bodies); `undefined` when there is none */
  body?: unknown;
  /** the request's media type; defaults to the first the operation declares */
  contentType?: string;
}

/** A request after validation: its violations and the parameters deserialized and coerced per the contract. */
export interface ParsedRequest {
  violations: Violation[];
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  headers: Record<string, unknown>;
  body: unknown;
}

/** An operation found by method and path. */
export interface OperationMatch {
  operationId: string;
  method: string;
  /** the path template as written in the document, e.g. `/v1/corporate-cards/{corpCardId}` */
  pathTemplate: string;
  /** the values of the template's parameters, percent-decoded */
  pathParams: Record<string, string>;
}

/** An operation of the document, with its vendor extensions (`x-*`) intact. */
export interface OperationInfo {
  operationId: string;
  method: string;
  pathTemplate: string;
  /** the raw operation object, `$ref`s not resolved */
  definition: Record<string, unknown>;
}

/** A loaded contract: operation lookup and validators compiled once. */
export interface Contract {
  /** the parsed OpenAPI document */
  readonly document: Record<string, unknown>;
  /** every operation that has an `operationId` */
  readonly operations: readonly OperationInfo[];
  /** the operation with this id; throws for an unknown id */
  operationById(operationId: string): OperationInfo;
  /**
   * The operation serving `method` and `path` (a pathname, optionally with a query string).
   * A server's base path (`/fintech/api`) is stripped when the path starts with it.
   */
  operation(method: string, path: string): OperationMatch | undefined;
  /** the violations of a request; an empty list when it conforms */
  validateRequest(operationId: string, parts: RequestParts): Violation[];
  /** validates a request and returns its parameters deserialized (`form` arrays split) and coerced (integers from strings) */
  parseRequest(operationId: string, parts: RequestParts): ParsedRequest;
  /** the violations of a response: undeclared status, undeclared media type, body or header not matching its schema */
  validateResponse(
    operationId: string,
    status: number,
    body: unknown,
    contentType?: string,
    headers?: HeaderInput,
  ): Violation[];
}
