import type { ResponseMeta } from './response-meta.js';

/** A call's data with the response it came in. */
export interface WithResponse<T> {
  readonly data: T;
  readonly response: ResponseMeta;
}

/** The executor of the promise a `ResponsePromise` extends: one function for every call. */
function settleAtOnce(resolve: (value: never) => void): void {
  resolve(undefined as never);
}

/**
 * What a client's call returns: awaited, its data, as any `Promise`; `.withResponse()` gives the
 * data together with the response's status, headers and request id. The call starts at once.
 * Both views read one underlying promise, and the data view is made only when awaited, so a
 * caller who reads only `.withResponse()` leaves no unhandled rejection behind.
 *
 * @example
 * ```ts
 * const card = await client.getCorporateCard(id);
 * const { data, response } = await client.getCorporateCard(id).withResponse();
 * console.log(response.status, response.requestId);
 * ```
 */
export class ResponsePromise<T> extends Promise<T> {
  /** `then` answers plain promises: a derived one has no response to tell */
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  readonly #result: Promise<WithResponse<T>>;
  #data: Promise<T> | undefined;

  constructor(result: Promise<WithResponse<T>>) {
    // The promise itself is never settled with a value anyone reads: `then` below reads #result.
    super(settleAtOnce);
    this.#result = result;
  }

  /** The data and the response it came in. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#result;
  }

  // biome-ignore lint/suspicious/noThenProperty: a Promise subclass whose `then` reads the data view
  override then<Fulfilled = T, Rejected = never>(
    onFulfilled?: ((value: T) => Fulfilled | PromiseLike<Fulfilled>) | null,
    onRejected?: ((reason: unknown) => Rejected | PromiseLike<Rejected>) | null,
  ): Promise<Fulfilled | Rejected> {
    return this.#dataPromise().then(onFulfilled, onRejected);
  }

  override catch<Rejected = never>(
    onRejected?: ((reason: unknown) => Rejected | PromiseLike<Rejected>) | null,
  ): Promise<T | Rejected> {
    return this.#dataPromise().catch(onRejected);
  }

  override finally(onFinally?: (() => void) | null): Promise<T> {
    return this.#dataPromise().finally(onFinally);
  }

  #dataPromise(): Promise<T> {
    this.#data ??= this.#result.then((result) => result.data);
    return this.#data;
  }
}
