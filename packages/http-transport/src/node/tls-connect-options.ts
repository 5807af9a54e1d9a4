import type { TlsOptions } from '../transport/tls-options.js';

/** The options of a `node:https` `Agent` (or `tls.connect`) presenting the client certificate of `tls`. */
export function tlsConnectOptions(tls: TlsOptions) {
  const { ca, cert, key, pfx, passphrase } = tls;
  return {
    ...(ca !== undefined && { ca: Array.isArray(ca) ? [...ca] : (ca as string | Buffer) }),
    ...(cert !== undefined && { cert, key }),
    ...(pfx !== undefined && { pfx }),
    ...(passphrase !== undefined && { passphrase }),
  };
}
