import { decodeProtectedHeader, type JWTPayload, jwtVerify, SignJWT } from 'jose';
import type { GatewayClaims, PlanClaim } from './gateway-claims.js';
import { GATEWAY_TOKEN_ALGORITHM, type GatewaySigningKey } from './gateway-signing-key.js';
import { type GatewaySigningKeys, keysFor } from './gateway-signing-keys.js';

/** The issuer and audience of gateway tokens: a token signed for anything else is refused. */
export const GATEWAY_TOKEN_ISSUER = 'devportal-cards-gateway';

/** How long a gateway token lives: a plan change or a revoked subscription shows after at most this. */
export const GATEWAY_TOKEN_LIFETIME_SECONDS = 15 * 60;

/** Verified tokens remembered (by their exact text) before the memo is cleared. */
const VERIFIED_MEMO_SIZE = 10_000;

/**
 * Issues and verifies the gateway's own access tokens (ES256 JWTs). Tokens are signed with the
 * key set's current key and name it in their header (`kid`); verification picks the key by that
 * id among the current and previous keys, and a token naming a key this instance does not hold
 * makes it read the key set again (rate-limited) before refusing, so instances that read a rotated
 * set at different times accept each other's tokens. Verification needs no database: the
 * signature and the expiry are all it checks (whether the token's credentials still stand is
`LiveCredentials`' question). A token verified once is remembered by its exact
 * text until it expires, so the signature is checked once per token, not per call.
 */
export class GatewayTokens {
  private readonly verified = new Map<string, GatewayClaims>();

  constructor(
    private readonly keys: GatewaySigningKeys,
    private readonly now: () => number,
    private readonly lifetimeSeconds = GATEWAY_TOKEN_LIFETIME_SECONDS,
  ) {}

  /** A signed token for `claims`, valid from now for the token lifetime. */
  async issue(claims: Omit<GatewayClaims, 'expiresAtMs'>): Promise<{
    token: string;
    expiresInSeconds: number;
  }> {
    const { current } = await this.keys.current();
    const issuedAt = Math.floor(this.now() / 1000);
    const token = await new SignJWT({
      org: claims.organisationId,
      client_id: claims.clientId,
      secret_id: claims.secretId,
      plans: claims.plans,
    })
      .setProtectedHeader({ alg: GATEWAY_TOKEN_ALGORITHM, typ: 'at+jwt', kid: current.kid })
      .setIssuer(GATEWAY_TOKEN_ISSUER)
      .setAudience(GATEWAY_TOKEN_ISSUER)
      .setSubject(claims.applicationId)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.lifetimeSeconds)
      .sign(current.privateKey);
    return { token, expiresInSeconds: this.lifetimeSeconds };
  }

  /** The claims of `token`, or `undefined` when it is forged, malformed or expired. */
  async verify(token: string): Promise<GatewayClaims | undefined> {
    const remembered = this.verified.get(token);
    if (remembered) {
      if (remembered.expiresAtMs > this.now()) return remembered;
      this.verified.delete(token);
      return undefined;
    }
    const claims = await this.verifySignature(token);
    if (!claims) return undefined;
    if (this.verified.size >= VERIFIED_MEMO_SIZE) this.verified.clear();
    this.verified.set(token, claims);
    return claims;
  }

  private async verifySignature(token: string): Promise<GatewayClaims | undefined> {
    let kid: string | undefined;
    try {
      const header = decodeProtectedHeader(token);
      if (header.kid !== undefined && typeof header.kid !== 'string') return undefined;
      kid = header.kid;
    } catch {
      return undefined;
    }
    let candidates = keysFor(await this.keys.current(), kid);
    if (candidates.length === 0) candidates = keysFor(await this.keys.refreshed(), kid);
    for (const key of candidates) {
      const payload = await this.payloadSignedBy(token, key);
      if (payload) return claimsOf(payload);
    }
    return undefined;
  }

  private async payloadSignedBy(
    token: string,
    key: GatewaySigningKey,
  ): Promise<JWTPayload | undefined> {
    try {
      const { payload } = await jwtVerify(token, key.publicKey, {
        algorithms: [GATEWAY_TOKEN_ALGORITHM],
        issuer: GATEWAY_TOKEN_ISSUER,
        audience: GATEWAY_TOKEN_ISSUER,
        currentDate: new Date(this.now()),
      });
      return payload;
    } catch {
      return undefined;
    }
  }
}

function claimsOf(payload: JWTPayload): GatewayClaims | undefined {
  const { sub, org, client_id: clientId, secret_id: secretId, plans, exp } = payload;
  if (
    typeof sub !== 'string' ||
    typeof org !== 'string' ||
    typeof clientId !== 'string' ||
    typeof secretId !== 'string' ||
    typeof exp !== 'number' ||
    !Array.isArray(plans)
  ) {
    return undefined;
  }
  return {
    applicationId: sub,
    organisationId: org,
    clientId,
    secretId,
    plans: plans as PlanClaim[],
    expiresAtMs: exp * 1000,
  };
}
