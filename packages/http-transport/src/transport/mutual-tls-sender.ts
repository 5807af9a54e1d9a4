import type { MutualTlsFetch } from '../node/mutual-tls-fetch.js';
import type { Sender } from './send-function.js';
import type { TlsOptions } from './tls-options.js';

/**
 * Attempts through `node:https` with an agent that presents the client certificate. Its module is
 * imported on the first attempt, not with this one: only mutual TLS needs it, and a bundle for a
 * browser or an edge runtime (whose bundlers map it to nothing, see `browser` in package.json)
 * must not carry it.
 */
export function mutualTlsSender(tls: TlsOptions): Sender {
  let dispatch: Promise<MutualTlsFetch> | undefined;
  const loaded = () => {
    dispatch ??= import('../node/mutual-tls-fetch.js').then(({ mutualTlsFetch }) =>
      mutualTlsFetch(tls),
    );
    return dispatch;
  };
  return {
    send: async (url, init) => (await loaded()).fetch(url, init),
    close: async () => {
      if (dispatch) (await dispatch).close();
    },
  };
}
