import { useCallback, useRef, useState } from 'react';

/** A user-started call: whether it runs, and how it failed last. */
export interface Action<A extends unknown[]> {
  readonly pending: boolean;
  readonly error: unknown;
  /** runs the call unless one is already running; resolves to whether it succeeded */
  run(...args: A): Promise<boolean>;
  clearError(): void;
}

/** Wraps a write (create, rename, delete…) so a button can show progress and the error. */
export function useAction<A extends unknown[]>(
  perform: (...args: A) => Promise<unknown>,
): Action<A> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const running = useRef(false);
  const performRef = useRef(perform);
  performRef.current = perform;

  const run = useCallback(async (...args: A) => {
    if (running.current) return false;
    running.current = true;
    setPending(true);
    setError(undefined);
    try {
      await performRef.current(...args);
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      running.current = false;
      setPending(false);
    }
  }, []);
  const clearError = useCallback(() => setError(undefined), []);
  return { pending, error, run, clearError };
}
