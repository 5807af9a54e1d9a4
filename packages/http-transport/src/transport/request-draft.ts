/**
 * What openapi-fetch builds in place of a `Request` (its `Request` option): the URL, method,
 * headers and body, kept as given. Each attempt hands them to `fetch(url, init)`, which builds the
 * one `Request` it needs; a real `Request` here would be built, cloned and converted again by
 * undici on every attempt, a sizeable share of a loopback round trip.
 */
export class RequestDraft {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  /** a string, bytes or form data: unlike a stream, it can be sent again on a retry */
  readonly body: RequestInit['body'];

  constructor(url: string | URL, init: RequestInit = {}) {
    this.url = String(url);
    this.method = (init.method ?? 'GET').toUpperCase();
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = init.body ?? null;
  }

  /** A draft of a real `Request`, its body read once so that every attempt can send it. */
  static async of(request: Request): Promise<RequestDraft> {
    if (request instanceof RequestDraft) return request;
    const body = request.body === null ? null : await request.arrayBuffer();
    return new RequestDraft(request.url, {
      method: request.method,
      headers: request.headers,
      body,
    });
  }
}
