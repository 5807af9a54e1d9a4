import type { ReactNode } from 'react';
import type { Loaded } from '../hooks/use-load.js';
import { ErrorNotice } from './ErrorNotice.js';
import { Spinner } from './Spinner.js';

/** Shows a spinner while `loaded` loads, the error with a retry if it failed, else the view. */
export function AsyncView<T>(props: { loaded: Loaded<T>; children: (data: T) => ReactNode }) {
  const { loaded } = props;
  if (loaded.status === 'loading') return <Spinner />;
  if (loaded.status === 'error')
    return <ErrorNotice error={loaded.error} onRetry={loaded.reload} />;
  return <>{props.children(loaded.data)}</>;
}
