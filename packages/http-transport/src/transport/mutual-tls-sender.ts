import type { Agent } from 'undici';
import type { Sender } from './send-function.js';
import type { TlsOptions } from './tls-options.js';

interface TlsDispatch {
  readonly agent: Agent;
  readonly fetch: (url: string, init: object) => Promise<unknown>;
}

/**
 * Attempts through undici with a dispatcher that presents the client certificate. undici is
 * imported on the first attempt, not with this module: only mutual TLS needs it, and a bundle
 * for a browser or an edge runtime (whose bundlers map `undici` to nothing, see `browser` in
 * package.json) must not carry it.
 */
export function mutualTlsSender(tls: TlsOptions): Sender {
  let dispatch: Promise<TlsDispatch> | undefined;
  const loaded = () => {
    dispatch ??= import('undici').then(({ Agent, fetch }) => ({
      agent: new Agent({ connect: connectOptions(tls) }),
      fetch,
    }));
    return dispatch;
  };
  return {
    send: async (url, init) => {
      const { agent, fetch } = await loaded();
      return (await fetch(url, { ...(init as object), dispatcher: agent })) as Response;
    },
    close: async () => {
      if (dispatch) await (await dispatch).agent.close();
    },
  };
}

function connectOptions(tls: TlsOptions) {
  const { ca, cert, key, pfx, passphrase } = tls;
  return {
    ...(ca === undefined ? {} : { ca: Array.isArray(ca) ? [...ca] : (ca as string | Buffer) }),
    ...(cert === undefined ? {} : { cert, key }),
    ...(pfx === undefined ? {} : { pfx }),
    ...(passphrase === undefined ? {} : { passphrase }),
  };
}
