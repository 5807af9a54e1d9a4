import { createHash, randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';

/** Lifetimes from SberBusiness ID's public documentation. */
export const TOKEN_LIFETIMES = {
  authorizationCodeSeconds: 2 * 60,
  accessTokenSeconds: 60 * 60,
  refreshTokenSeconds: 180 * 24 * 60 * 60,
  /** how long a refresh token stays valid after it has been used */
  refreshGraceSeconds: 2 * 60 * 60,
} as const;

/**
 * A party a client acts for inside a shared demo organisation **(sandbox)**: named by the client
 * at authorize (`tenant`), so one client's tenants never reach each other's documents, and
 * another client never reaches them at all.
 */
export interface Tenant {
  clientId: string;
  id: string;
}

/** Who a token speaks for and what it may do. */
export interface Grant {
  organizationId: string;
  userId: string;
  scopes: string[];
  tenant?: Tenant;
}

interface Expiring extends Grant {
  expiresAt: number;
}

interface CodeRecord extends Expiring {
  clientId: string;
  redirectUri: string;
  used: boolean;
  codeChallenge?: string;
}

interface RefreshRecord extends Expiring {
  clientId: string;
}

/** The token endpoint's answer. */
export interface TokenPair {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  refresh_token: string;
  scope: string;
}

export type GrantOutcome = { ok: true; tokens: TokenPair } | { ok: false; description: string };

/** A new access token in SberBusiness ID's form: a UUID followed by `-1`. */
function newAccessToken(): string {
  return `${randomUUID()}-1`;
}

/** Authorization codes, access tokens and refresh tokens, all timed by the sandbox clock. */
export class TokenStore {
  readonly #clock: Clock;
  readonly #codes = new Map<string, CodeRecord>();
  readonly #access = new Map<string, Expiring>();
  readonly #refresh = new Map<string, RefreshRecord>();

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  /** an access token valid for `seconds` (60 minutes unless told) */
  issueAccessToken(grant: Grant, seconds: number = TOKEN_LIFETIMES.accessTokenSeconds): string {
    const token = newAccessToken();
    this.#access.set(token, {
      ...grant,
      scopes: [...grant.scopes],
      expiresAt: this.#clock.now() + seconds * 1000,
    });
    return token;
  }

  /** the grant behind a live access token; `undefined` for an unknown or expired one */
  findAccessToken(token: string): Grant | undefined {
    const record = this.#access.get(token);
    if (!record || record.expiresAt <= this.#clock.now()) return undefined;
    return record;
  }

  expireAccessToken(token: string): void {
    const record = this.#access.get(token);
    if (record) record.expiresAt = this.#clock.now();
  }

  /** a single-use authorization code, valid 2 minutes */
  createCode(grant: Grant, clientId: string, redirectUri: string, codeChallenge?: string): string {
    const code = randomUUID();
    this.#codes.set(code, {
      ...grant,
      clientId,
      redirectUri,
      used: false,
      expiresAt: this.#clock.now() + TOKEN_LIFETIMES.authorizationCodeSeconds * 1000,
      ...(codeChallenge === undefined ? {} : { codeChallenge }),
    });
    return code;
  }

  /** grant `authorization_code` */
  redeemCode(
    code: string,
    clientId: string,
    redirectUri: string | undefined,
    codeVerifier: string | undefined,
  ): GrantOutcome {
    const record = this.#codes.get(code);
    if (!record || record.clientId !== clientId)
      return { ok: false, description: 'unknown authorization code' };
    if (record.used) return { ok: false, description: 'authorization code already used' };
    if (record.expiresAt <= this.#clock.now())
      return { ok: false, description: 'authorization code expired' };
    if (redirectUri !== record.redirectUri) {
      return { ok: false, description: 'redirect_uri differs from the authorization request' };
    }
    if (record.codeChallenge !== undefined) {
      const computed =
        codeVerifier === undefined
          ? undefined
          : createHash('sha256').update(codeVerifier).digest('base64url');
      if (computed !== record.codeChallenge)
        return { ok: false, description: 'code_verifier does not match' };
    }
    record.used = true;
    return { ok: true, tokens: this.#issuePair(record, clientId) };
  }

  /** grant `refresh_token`: a new pair; the used refresh token stays valid 2 more hours */
  refresh(refreshToken: string, clientId: string): GrantOutcome {
    const record = this.#refresh.get(refreshToken);
    const now = this.#clock.now();
    if (!record || record.clientId !== clientId)
      return { ok: false, description: 'unknown refresh token' };
    if (record.expiresAt <= now) return { ok: false, description: 'refresh token expired' };
    record.expiresAt = Math.min(record.expiresAt, now + TOKEN_LIFETIMES.refreshGraceSeconds * 1000);
    return { ok: true, tokens: this.#issuePair(record, clientId) };
  }

  #issuePair(grant: Grant, clientId: string): TokenPair {
    const access_token = this.issueAccessToken(grant);
    const refresh_token = randomUUID();
    this.#refresh.set(refresh_token, {
      organizationId: grant.organizationId,
      userId: grant.userId,
      scopes: [...grant.scopes],
      ...(grant.tenant && { tenant: grant.tenant }),
      clientId,
      expiresAt: this.#clock.now() + TOKEN_LIFETIMES.refreshTokenSeconds * 1000,
    });
    return {
      access_token,
      token_type: 'Bearer',
      expires_in: TOKEN_LIFETIMES.accessTokenSeconds,
      refresh_token,
      scope: grant.scopes.join(' '),
    };
  }
}
