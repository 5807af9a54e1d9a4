/** An HTTP answer read whole: status, headers, the raw text and its JSON when it is JSON. */
export interface HttpAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever the body holds
  readonly body: any;
}

/** What to send besides the method and URL. */
export interface Sending {
  /** a JSON body */
  readonly body?: unknown;
  /** a body sent as is (its content type in `headers`) */
  readonly rawBody?: string | Uint8Array;
  readonly headers?: Record<string, string>;
  readonly bearer?: string;
}

/** Sends one request and reads the whole answer (the suites look at every byte of it). */
export async function send(
  method: string,
  url: string,
  sending: Sending = {},
): Promise<HttpAnswer> {
  const headers = new Headers(sending.headers);
  if (sending.bearer) headers.set('authorization', `Bearer ${sending.bearer}`);
  let body: string | Uint8Array | undefined = sending.rawBody;
  if (sending.body !== undefined) {
    body = JSON.stringify(sending.body);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  }
  const response = await fetch(url, { method, headers, ...(body !== undefined && { body }) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: jsonOrUndefined(text) };
}

function jsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
