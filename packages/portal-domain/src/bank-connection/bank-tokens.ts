/** The SberBusiness ID tokens of an organisation, in plaintext: only ever in memory. */
export interface BankTokens {
  readonly accessToken: string;
  readonly refreshToken: string;
  /** ISO 8601; the bank's access tokens live 60 minutes. */
  readonly accessTokenExpiresAt: string;
  /** ISO 8601; the bank's refresh tokens live 180 days. */
  readonly refreshTokenExpiresAt: string;
  /** The SberBusiness ID services granted. */
  readonly scopes: readonly string[];
}

/** The bank's token call with a refresh token, injected (the bank client lives elsewhere). */
export type RefreshBankTokens = (refreshToken: string) => Promise<BankTokens>;
