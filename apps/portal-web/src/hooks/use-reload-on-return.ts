import { useEffect } from 'react';

/**
 * Calls `reload` whenever the person comes back to the tab: what another person decided in the
 * meantime (the bank's operator approving an access request) shows without a manual reload.
 */
export function useReloadOnReturn(reload: () => void): void {
  useEffect(() => {
    const returned = () => {
      if (document.visibilityState === 'visible') reload();
    };
    document.addEventListener('visibilitychange', returned);
    return () => document.removeEventListener('visibilitychange', returned);
  }, [reload]);
}
