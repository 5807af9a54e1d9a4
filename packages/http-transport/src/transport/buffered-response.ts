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

  // Methods on the prototype, not arrow fields: a response is made per call, and eight closures
  // per response were a measurable share of the client's overhead over a bare fetch.
  async text(): Promise<string> {
    return this.#text;
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.#text);
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return new TextEncoder().encode(this.#text).buffer as ArrayBuffer;
  }

  /** the kept text's UTF-8 bytes, as `Response.bytes()` (the DOM's and newer Nodes') gives them */
  async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return new TextEncoder().encode(this.#text) as Uint8Array<ArrayBuffer>;
  }

  async blob(): Promise<Blob> {
    return new Blob([this.#text], { type: this.headers.get('content-type') ?? '' });
  }

  formData(): Promise<FormData> {
    return this.#asResponse().formData();
  }

  /** Nothing consumes a buffered response, so it is its own clone. */
  clone(): Response {
    return this;
  }

  #asResponse(): Response {
    const body = nullBodyStatuses.has(this.status) ? null : this.#text;
    return new Response(body, {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
    });
  }
}
