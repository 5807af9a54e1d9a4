import { type DependencyList, useCallback, useEffect, useState } from 'react';

/** What a page shows while data loads, once it arrived, or when it failed. */
export type Loaded<T> =
  | { readonly status: 'loading'; readonly reload: () => void }
  | { readonly status: 'ready'; readonly data: T; readonly reload: () => void }
  | { readonly status: 'error'; readonly error: unknown; readonly reload: () => void };

/**
 * Loads data for a view, again whenever `deps` change or `reload` is called, keeping what is shown
 * until the new answer arrives; an answer that arrives after a newer request started is dropped.
 * (Views of an organisation are remounted when it changes, so they never show another's data.)
 */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [state, setState] = useState<
    { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: unknown }
  >({ status: 'loading' });
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((value) => value + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what `load` reads
  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setState({ status: 'ready', data }),
      (error: unknown) => current && setState({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [...deps, round]);

  return { ...state, reload };
}
