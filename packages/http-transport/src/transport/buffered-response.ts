/** Statuses whose responses may not carry a body (a `Response` with one throws). */
const nullBodyStatuses = new Set([101, 204, 205, 304]);

/**
 * A response whose body was read in full while its attempt was still under timeout and retry.
 * It serves the kept text and the original headers as they are, and can be read any number of
 * times. It does not extend `Response`: building one (webidl conversions, a stream) costs a
 * sizeable share of a loopback round trip, so a real one is made only for the rare `formData()`
 * or `body`.
 */
export class BufferedResponse implements Response {
  readonly status: number;
  readonly statusText: string;
  readonly ok: boolean;
  readonly headers: Headers;
  readonly url: string;
  readonly redirected: boolean;
  readonly type: Response['type'];
  readonly bodyUsed = false;
  readonly #text: string;

  constructor(text: string, source: Response) {
    this.status = source.status;
    this.statusText = source.statusText;
    this.ok = source.ok;
    this.headers = source.headers;
    this.url = source.url;
    this.redirected = source.redirected;
    this.type = source.type;
    this.#text = text;
  }

  /** a fresh stream of the kept text on each read */
  get body(): Response['body'] {
    return this.#asResponse().body;
  }

  readonly text = async (): Promise<string> => this.#text;
  readonly json = async (): Promise<unknown> => JSON.parse(this.#text);
  readonly arrayBuffer = async (): Promise<ArrayBuffer> =>
    new TextEncoder().encode(this.#text).buffer as ArrayBuffer;
  /** the kept text's UTF-8 bytes, as `Response.bytes()` (the DOM's and newer Nodes') gives them */
  readonly bytes = async (): Promise<Uint8Array<ArrayBuffer>> =>
    new TextEncoder().encode(this.#text) as Uint8Array<ArrayBuffer>;
  readonly blob = async (): Promise<Blob> =>
    new Blob([this.#text], { type: this.headers.get('content-type') ?? '' });
  readonly formData = (): Promise<FormData> => this.#asResponse().formData();
  /** Nothing consumes a buffered response, so it is its own clone. */
  readonly clone = (): Response => this;

  #asResponse(): Response {
    const body = nullBodyStatuses.has(this.status) ? null : this.#text;
    return new Response(body, {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
    });
  }
}
