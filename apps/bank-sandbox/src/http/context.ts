import type { IncomingHttpHeaders } from 'node:http';

/** One request as handlers see it. */
export interface RequestContext {
  operationId: string;
  method: string;
  url: URL;
  pathParams: Record<string, string>;
  headers: IncomingHttpHeaders;
  rawBody: Buffer;
  /** the organisation the access token speaks for, once authenticated (for the request log) */
  organizationId?: string;
}

/** A header's first value. */
export function header(ctx: RequestContext, name: string): string | undefined {
  const value = ctx.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
