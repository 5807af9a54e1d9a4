/**
 * The signal of one attempt: it aborts when the caller aborts or when the attempt outlives its
 * timeout. Without a caller's signal it is Node's own `AbortSignal.timeout`, which costs neither
 * an `AbortController` nor a timer of ours per attempt (a tenth of a loopback call's overhead).
 * With one, the two are linked by hand rather than with `AbortSignal.any`, whose listeners leak
 * on Node 20.
 */
export class AttemptDeadline {
  readonly signal: AbortSignal;
  readonly #timer: NodeJS.Timeout | undefined;
  readonly #callerSignal: AbortSignal | undefined;
  readonly #onCallerAbort: (() => void) | undefined;

  constructor(timeoutMs: number, callerSignal: AbortSignal | undefined) {
    this.#callerSignal = callerSignal;
    if (!callerSignal) {
      this.signal = AbortSignal.timeout(timeoutMs);
      return;
    }
    const controller = new AbortController();
    this.signal = controller.signal;
    this.#onCallerAbort = () => controller.abort(callerSignal.reason);
    this.#timer = setTimeout(() => {
      controller.abort(new DOMException(`timed out after ${timeoutMs} ms`, 'TimeoutError'));
    }, timeoutMs);
    callerSignal.addEventListener('abort', this.#onCallerAbort, { once: true });
  }

  /** Whether the attempt was cut by its timeout (rather than by the caller). */
  get timedOut(): boolean {
    return this.signal.aborted && !this.#callerSignal?.aborted;
  }

  /** Stops the timer and the link to the caller's signal; call it when the attempt ends. */
  dispose(): void {
    clearTimeout(this.#timer);
    if (this.#onCallerAbort) this.#callerSignal?.removeEventListener('abort', this.#onCallerAbort);
  }
}
