import { redactHeaders } from '../logging/redaction.js';

/** What a client tells about the HTTP response behind a result or an error. */
export interface ResponseMeta {
  readonly status: number;
  /** the response headers, names in lower case; cookies redacted */
  readonly headers: Readonly<Record<string, string>>;
  /** the server's id of the request (`x-request-id`), to quote to its operators */
  readonly requestId: string | undefined;
}

/** The name of the response header carrying the server's request id. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** A response's status, headers (frozen, cookies redacted) and the server's request id. */
export function responseMetaOf(response: Response): ResponseMeta {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return {
    status: response.status,
    headers: Object.freeze(redactHeaders(headers)),
    requestId: response.headers.get(REQUEST_ID_HEADER) ?? undefined,
  };
}
