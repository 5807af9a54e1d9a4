/** A header as shown: name and value, credentials already masked. */
export type ShownHeader = readonly [name: string, value: string];

/** One HTTP call as the console shows it: what went out, what came back, and the request id. */
export interface Exchange {
  readonly request: {
    readonly method: string;
    readonly url: string;
    readonly headers: readonly ShownHeader[];
    readonly body?: string;
  };
  readonly response?: {
    readonly status: number;
    readonly statusText: string;
    readonly headers: readonly ShownHeader[];
    readonly body: string;
  };
  /** the gateway's `x-request-id`, for support */
  readonly requestId?: string;
  /** why no answer arrived (network, CORS) */
  readonly failure?: string;
  readonly durationMs: number;
}

/** Keeps the scheme of an Authorization header and hides the credential. */
export function maskCredential(name: string, value: string): string {
  if (name.toLowerCase() !== 'authorization') return value;
  const [scheme] = value.split(' ');
  return `${scheme} ••••••••`;
}

/**
 * Sends one request and records it; the credential never enters the record (`shownBody` stands
 * for a body that carries one).
 */
export async function sendExchange(
  method: string,
  url: string,
  headers: Record<string, string>,
  body?: string,
  shownBody: string | undefined = body,
): Promise<{ exchange: Exchange; response?: Response; text?: string }> {
  const absolute = new URL(url, window.location.origin).toString();
  const request = {
    method,
    url: absolute,
    headers: Object.entries(headers).map(
      ([name, value]) => [name, maskCredential(name, value)] as const,
    ),
    ...(shownBody === undefined ? {} : { body: shownBody }),
  };
  const started = performance.now();
  try {
    const response = await fetch(absolute, {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
    });
    const text = await response.text();
    const requestId = response.headers.get('x-request-id') ?? undefined;
    return {
      exchange: {
        request,
        response: {
          status: response.status,
          statusText: response.statusText,
          headers: [...response.headers.entries()],
          body: prettyBody(text),
        },
        ...(requestId ? { requestId } : {}),
        durationMs: Math.round(performance.now() - started),
      },
      response,
      text,
    };
  } catch (error) {
    return {
      exchange: {
        request,
        failure: String(error),
        durationMs: Math.round(performance.now() - started),
      },
    };
  }
}

/** JSON indented for reading; anything else as it came. */
export function prettyBody(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** A form body with the value of `client_secret` hidden, for the record of the call. */
export function maskFormSecret(form: URLSearchParams): string {
  const shown = new URLSearchParams(form);
  if (!shown.has('client_secret')) return shown.toString();
  // Set as a placeholder the encoding leaves alone, then shown as the page masks everything.
  shown.set('client_secret', 'MASKED');
  return shown.toString().replace('client_secret=MASKED', 'client_secret=••••••••');
}
