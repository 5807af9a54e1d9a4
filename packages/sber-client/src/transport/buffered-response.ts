/**
 * A response whose body was read in full while its attempt was still under timeout and retry.
 * It serves the kept text and the original headers as they are: wrapping the bytes in a fresh
 * `Response` (a stream) or copying the headers costs a sizeable share of a loopback round trip.
 */
export class BufferedResponse extends Response {
  readonly #text: string;

  constructor(text: string, source: Response) {
    super(null, { status: source.status, statusText: source.statusText });
    this.#text = text;
    Object.defineProperty(this, 'headers', { value: source.headers, enumerable: true });
  }

  override readonly text = async (): Promise<string> => this.#text;
  override readonly json = async (): Promise<unknown> => JSON.parse(this.#text);
  override readonly arrayBuffer = async (): Promise<ArrayBuffer> =>
    new TextEncoder().encode(this.#text).buffer as ArrayBuffer;
}
