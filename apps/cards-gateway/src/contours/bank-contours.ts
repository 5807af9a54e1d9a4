import {
  type BankConnectionRepository,
  BankTokenProvider,
  type BankTokens,
  type Clock,
  type Contour,
  type DomainCrypto,
  type TokenVault,
} from '@devportal/portal-domain';
import {
  type FetchFunction,
  SBER_REFRESH_TOKEN_LIFETIME_SECONDS,
  SberOAuthClient,
  type SberTlsOptions,
} from '@devportal/sber-client';
import { Agent, fetch as undiciFetch } from 'undici';
import { BankUpstream } from '../bank/bank-upstream.js';
import { tlsConnectOptions } from '../bank/tls-connect-options.js';
import type {
  ProductionContourSettings,
  SandboxContourSettings,
} from '../cards-gateway-dependencies.js';
import { ORGANISATION_TOKEN_REUSE_MS, OrganisationTokenCache } from './organisation-token-cache.js';
import { SandboxDemoSession } from './sandbox-demo-session.js';

/** Where one contour's calls go and the token they carry. */
export interface ContourRoute {
  readonly upstream: BankUpstream;
  accessToken(organisationId: string): Promise<string>;
  /** Forgets a token the bank refused, so the next call gets a fresh one. */
  invalidate(organisationId: string, accessToken: string): void;
}

/** The sandbox: every organisation acts as the shared demo organisation. */
export function sandboxContour(settings: SandboxContourSettings, now: () => number): ContourRoute {
  const session = new SandboxDemoSession(settings.demo, now);
  return {
    upstream: new BankUpstream(settings.apiBaseUrl),
    accessToken: () => session.accessToken(),
    invalidate: (_organisationId, accessToken) => session.invalidate(accessToken),
  };
}

/** What the production contour reads the organisations' sealed tokens with. */
export interface ProductionTokenStorage {
  readonly bankConnections: BankConnectionRepository;
  readonly vault: TokenVault;
  readonly clock: Clock;
  readonly crypto: DomainCrypto;
}

/**
 * The bank: each organisation's own SberBusiness ID token, refreshed by the domain's provider
 * through SberBusiness ID, both over mutual TLS with the configured client certificate.
 */
export function productionContour(
  settings: ProductionContourSettings,
  storage: ProductionTokenStorage,
): ContourRoute {
  const oauth = new SberOAuthClient({
    ...settings.oauth,
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
    upstream: new BankUpstream(settings.apiBaseUrl, settings.tls),
    accessToken: (organisationId) => tokens.accessToken(organisationId),
    invalidate: (organisationId, accessToken) => tokens.invalidate(organisationId, accessToken),
  };
}

/** The contours by name; production may be absent (not configured). */
export type BankContours = Readonly<Record<Contour, ContourRoute | undefined>>;

/** A `fetch` presenting the client certificate, for SberBusiness ID's token endpoint. */
function fetchPresenting(tls: SberTlsOptions): FetchFunction {
  const agent = new Agent({ connect: tlsConnectOptions(tls) });
  return async (input) => {
    const response = await undiciFetch(input.url, {
      method: input.method,
      headers: [...input.headers],
      body: input.body ? await input.arrayBuffer() : null,
      signal: input.signal,
      dispatcher: agent,
    });
    return response as unknown as Response;
  };
}
