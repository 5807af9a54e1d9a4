import {
  type BankConnectionRepository,
  BankTokenProvider,
  type BankTokens,
  type Clock,
  type DomainCrypto,
  type TokenVault,
} from '@devportal/portal-domain';
import {
  SBER_REFRESH_TOKEN_LIFETIME_SECONDS,
  SberOAuthClient,
  type SberTlsOptions,
} from '@devportal/sber-client';
import type { BankTimeouts } from '../bank-timeouts.js';
import type { ContourAccess } from '../contour-access.js';
import { fetchPresenting } from './fetch-presenting.js';
import { ORGANISATION_TOKEN_REUSE_MS, OrganisationTokenCache } from './organisation-token-cache.js';

/** The bank itself: where production calls go, and how the organisations' tokens are refreshed. */
export interface ProductionContourSettings {
  /** The API's base URL, e.g. `https://fintech.sberbank.ru:9443/fintech/api`. */
  readonly apiBaseUrl: string;
  /** The client certificate the bank requires on port 9443 (mutual TLS), and the CA to trust. */
  readonly tls?: SberTlsOptions;
  /** SberBusiness ID's token endpoint and the portal's client there (to refresh tokens). */
  readonly oauth: {
    readonly tokenUrl: string;
    readonly clientId: string;
    readonly clientSecret: string;
  };
  /** Bounds each token refresh at SberBusiness ID by the total timeout (default 10 s). */
  readonly timeouts?: BankTimeouts;
}

/** What the production contour reads the organisations' sealed tokens with. */
export interface ProductionTokenStorage {
  readonly bankConnections: BankConnectionRepository;
  readonly vault: TokenVault;
  readonly clock: Clock;
  readonly crypto: DomainCrypto;
}

/**
 * The bank: each organisation's own SberBusiness ID token from its bank connection, refreshed by
 * the domain's provider (single-flight across processes) through SberBusiness ID, both over
 * mutual TLS with the configured client certificate; reused in memory for a minute.
 */
export function productionAccess(
  settings: ProductionContourSettings,
  storage: ProductionTokenStorage,
): ContourAccess {
  const oauth = new SberOAuthClient({
    ...settings.oauth,
    ...(settings.timeouts && { timeoutMs: settings.timeouts.totalMs }),
    ...(settings.tls && { fetch: fetchPresenting(settings.tls) }),
  });
  const provider = new BankTokenProvider(
    {
      ...storage,
      refresh: async (refreshToken): Promise<BankTokens> => {
        const renewed = await oauth.refresh(refreshToken);
        const now = storage.clock.now().getTime();
        return {
          accessToken: renewed.accessToken,
          refreshToken: renewed.refreshToken,
          accessTokenExpiresAt: new Date(now + renewed.expiresIn * 1000).toISOString(),
          refreshTokenExpiresAt: new Date(
            now + SBER_REFRESH_TOKEN_LIFETIME_SECONDS * 1000,
          ).toISOString(),
          scopes: renewed.scopes,
        };
      },
    },
    // Refresh well before a reused token could expire while the cache still hands it out.
    { refreshAheadMs: 2 * ORGANISATION_TOKEN_REUSE_MS },
  );
  const tokens = new OrganisationTokenCache(provider, () => storage.clock.now().getTime());
  return {
    apiBaseUrl: settings.apiBaseUrl,
    ...(settings.tls && { tls: settings.tls }),
    accessToken: (organisationId) => tokens.accessToken(organisationId),
    invalidate: (organisationId, accessToken) => tokens.invalidate(organisationId, accessToken),
  };
}
