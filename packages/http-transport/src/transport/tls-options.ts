type Pem = string | Buffer;

/** A client certificate for mutual TLS, and the certificate authorities to trust. */
export type TlsOptions = {
  /** certificate authorities to trust instead of Node's defaults (e.g. the server's chain) */
  readonly ca?: Pem | readonly Pem[];
} & (
  | { readonly cert: Pem; readonly key: Pem; readonly passphrase?: string; readonly pfx?: never }
  | {
      readonly pfx: Buffer;
      readonly passphrase?: string;
      readonly cert?: never;
      readonly key?: never;
    }
  | {
      readonly cert?: never;
      readonly key?: never;
      readonly pfx?: never;
      readonly passphrase?: never;
    }
);

/** Why these options cannot work, or undefined when they can. */
export function tlsOptionsProblem(tls: TlsOptions): string | undefined {
  const hasPem = tls.cert !== undefined || tls.key !== undefined;
  if (hasPem && (tls.cert === undefined || tls.key === undefined)) {
    return 'tls: cert and key go together';
  }
  if (hasPem && tls.pfx !== undefined) {
    return 'tls: give either cert and key, or pfx, not both';
  }
  return undefined;
}
