import { randomUUID, type webcrypto } from 'node:crypto';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';

/** The issuer and audience the test identity provider signs for, as Cognito's would be. */
export const TEST_ISSUER = 'https://idp.portal-api.test';
export const TEST_AUDIENCE = 'portal-api-tests';

/** A person with a signed ID token. */
export interface TestPerson {
  readonly userId: string;
  readonly email: string;
  readonly token: string;
}

/** What a test may vary in a token, to prove the authenticator refuses it. */
export interface TokenOverrides {
  readonly issuer?: string;
  readonly audience?: string;
  /** `exp` in seconds; `null` leaves it out */
  readonly expiresAt?: number | null;
  /** `iat` in seconds (now unless told); `null` leaves it out */
  readonly issuedAt?: number | null;
  /** `token_use` (`id` unless told); `null` leaves it out */
  readonly tokenUse?: string | null;
  readonly groups?: readonly string[];
  readonly omitEmail?: boolean;
  /** the `locale` claim: the site's language the person chose at the identity provider */
  readonly locale?: string;
}

/** A stand-in for the identity provider: one ES256 key, tokens shaped like Cognito ID tokens. */
export class TestIdentity {
  private constructor(
    private readonly privateKey: webcrypto.CryptoKey,
    /** The public half, for the authenticator's key set. */
    readonly publicJwk: JWK,
  ) {}

  static async create(): Promise<TestIdentity> {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const publicJwk = { ...(await exportJWK(publicKey)), kid: randomUUID(), alg: 'ES256' };
    return new TestIdentity(privateKey, publicJwk);
  }

  /** A new person (`label-uuid@partner.test`), signed in. */
  async person(label: string, overrides: TokenOverrides = {}): Promise<TestPerson> {
    const userId = `${label}-${randomUUID()}`;
    const email = `${userId}@partner.test`;
    return { userId, email, token: await this.sign(userId, email, overrides) };
  }

  /** An ID token for `userId`. */
  sign(userId: string, email: string, overrides: TokenOverrides = {}): Promise<string> {
    const tokenUse = overrides.tokenUse === undefined ? 'id' : overrides.tokenUse;
    const jwt = new SignJWT({
      ...(!overrides.omitEmail && { email }),
      name: `Name of ${userId}`,
      'cognito:groups': [...(overrides.groups ?? [])],
      ...(tokenUse !== null && { token_use: tokenUse }),
      ...(overrides.locale !== undefined && { locale: overrides.locale }),
    })
      .setProtectedHeader({ alg: 'ES256', kid: String(this.publicJwk.kid) })
      .setIssuer(overrides.issuer ?? TEST_ISSUER)
      .setAudience(overrides.audience ?? TEST_AUDIENCE)
      .setSubject(userId);
    if (overrides.issuedAt !== null) jwt.setIssuedAt(overrides.issuedAt);
    if (overrides.expiresAt !== null) jwt.setExpirationTime(overrides.expiresAt ?? '1h');
    return jwt.sign(this.privateKey);
  }
}
