import type { SberTlsOptions } from '@devportal/sber-client';

/** undici's `connect` options presenting the client certificate of `tls` (the bank's mutual TLS). */
export function tlsConnectOptions(tls: SberTlsOptions) {
  const { ca, cert, key, pfx, passphrase } = tls;
  return {
    ...(ca !== undefined && { ca: Array.isArray(ca) ? [...ca] : (ca as string | Buffer) }),
    ...(cert !== undefined && { cert, key }),
    ...(pfx !== undefined && { pfx }),
    ...(passphrase !== undefined && { passphrase }),
  };
}
