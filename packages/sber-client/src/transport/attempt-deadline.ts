/**
 * The signal of one attempt: it aborts when the caller aborts or when the attempt outlives its
 * timeout. Built by hand rather than with `AbortSignal.any`, whose listeners leak on Node 20.
 */
export class AttemptDeadline {
  readonly signal: AbortSignal;
  #timedOut = false;
  readonly #controller = new AbortController();
  readonly #timer: NodeJS.Timeout;
  readonly #callerSignal: AbortSignal | undefined;
  readonly #onCallerAbort = () => this.#controller.abort(this.#callerSignal?.reason);

  constructor(timeoutMs: number, callerSignal: AbortSignal | undefined) {
    this.signal = this.#controller.signal;
    this.#callerSignal = callerSignal;
    this.#timer = setTimeout(() => {
      this.#timedOut = true;
      this.#controller.abort(new DOMException(`timed out after ${timeoutMs} ms`, 'TimeoutError'));
    }, timeoutMs);
    callerSignal?.addEventListener('abort', this.#onCallerAbort, { once: true });
  }

  /** Whether the attempt was cut by its timeout (rather than by the caller). */
  get timedOut(): boolean {
    return this.#timedOut;
  }

  /** Stops the timer and the link to the caller's signal; call it when the attempt ends. */
  dispose(): void {
    clearTimeout(this.#timer);
    this.#callerSignal?.removeEventListener('abort', this.#onCallerAbort);
  }
}
