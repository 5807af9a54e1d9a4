import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { GostWorkerPool } from '@devportal/digest';
import { type Contract, loadContract } from '@devportal/openapi-contract';
import { type BusinessCardStatus, businessCardStatusValues } from '@devportal/sber-client/contract';
import { API_BASE_PATH, BANK_API_HANDLERS, type BankApiDependencies } from './api/bank-api.js';
import {
  DEFAULT_TRANSITION_DELAYS,
  LimitChangeDocuments,
  type TransitionDelays,
} from './api/limit-change-documents.js';
import { refusalReason } from './api/refusal-rule.js';
import { type Clock, systemClock } from './clock.js';
import {
  type CertificateRegistration,
  CertificateRegistry,
} from './crypto/certificate-registry.js';
import { testCredentialsRoute } from './crypto/test-credentials-route.js';
import {
  findTestSigningCredentials,
  type TestSigningCredentials,
} from './crypto/test-signing-credentials.js';
import { checkFaultConfig } from './http/fault-config-check.js';
import { type FaultConfig, FaultInjector } from './http/faults.js';
import { faultsRoutes } from './http/faults-route.js';
import type { RequestLogEntry } from './http/request-log.js';
import { createSandboxServer, type RouteHandler, type TlsOptions } from './http/server.js';
import {
  ALL_SCOPES,
  type Certificate,
  type Organization,
  type OrganizationSummary,
} from './model.js';
import { loadOAuthClients, type OAuthClient } from './oauth/clients.js';
import { authorize, exchangeToken, type OAuthDependencies } from './oauth/oauth-routes.js';
import { type Tenant, TokenStore } from './oauth/token-store.js';
import { DEFAULT_SEED, seedOrganizations } from './seed/seed-data.js';
import { seededUsersRoute } from './seed/seeded-users-route.js';

// The build copies the contract beside the compiled code (dist/spec/), so the npm package carries
// what it reads; the sources in the workspace read the repository's spec/ itself.
const SHIPPED_SPEC = new URL('./spec/sber-business-cards.yaml', import.meta.url);

/** The bank contract the sandbox serves and validates against. */
export const DEFAULT_SPEC_PATH = fileURLToPath(
  existsSync(SHIPPED_SPEC)
    ? SHIPPED_SPEC
    : new URL('../../../spec/sber-business-cards.yaml', import.meta.url),
);

export const DEFAULT_PAGE_SIZE = 50;

export interface BankSandboxOptions {
  /** 0 picks a free port; 8443 unless told */
  port?: number;
  /** interface to listen on; 127.0.0.1 unless told */
  host?: string;
  /** cards per page of `GET /v1/business-cards` (50) */
  pageSize?: number;
  /** delays between document statuses, ms (SIGNED→DELIVERED 2 s, →ACCEPTED 3 s, →IMPLEMENTED 5 s) */
  transitionDelays?: Partial<TransitionDelays>;
  /** the source of time for tokens and documents (`ManualClock` in tests) */
  clock?: Clock;
  /** initial faults (see `setFaults`) */
  faults?: FaultConfig;
  /** the seed of the generated organisations and of fault draws */
  seed?: number;
  /** https instead of http; with `requestCert`, mutual TLS */
  tls?: TlsOptions;
  /** registered OAuth clients; read from `clientsFile` (config/oauth-clients.json) unless given */
  clients?: OAuthClient[];
  clientsFile?: string;
  /**
   * where GOST work runs (verifying signatures, making the seeded users' test keys); the sandbox's
   * own pool, closed by `close()`, unless given (a given pool stays open)
   */
  gostPool?: GostWorkerPool;
  /** where one line per request goes; silent unless given */
  log?: (line: string) => void;
  /** the OpenAPI document to serve (spec/sber-business-cards.yaml) */
  specPath?: string;
}

export interface IssueAccessTokenOptions {
  /** the first seeded organisation unless told */
  organizationId?: string;
  /** the organisation's first user unless told */
  userId?: string;
  /** every scope unless told */
  scopes?: string[];
  /** 3600 unless told */
  expiresInSeconds?: number;
  /** the client's tenant the token acts for (as `tenant` at authorize); none unless told */
  tenant?: Tenant;
}

/** A running sandbox. */
export interface BankSandbox {
  /** the origin, e.g. `http://127.0.0.1:41234` */
  readonly url: string;
  /** `${url}/fintech/api`, the base URL of the bank API */
  readonly apiBaseUrl: string;
  /** the seeded organisations, users (with certificates) and cards */
  readonly organizations: readonly OrganizationSummary[];
  /** the registered OAuth clients */
  readonly clients: readonly OAuthClient[];
  /** every request so far, oldest first */
  readonly requestLog: readonly RequestLogEntry[];
  /** the contract the sandbox validates against */
  readonly contract: Contract;
  /** an access token past the OAuth flow (test shortcut) */
  issueAccessToken(options?: IssueAccessTokenOptions): string;
  /** makes an access token expire now */
  expireAccessToken(token: string): void;
  /** replaces the fault configuration (`{}` clears it); throws `FaultConfigError` naming a field it cannot apply */
  setFaults(config: FaultConfig): void;
  /** requests that reached an operation; with `handledOnly`, only those the operation itself served */
  requestCount(operationId: string, options?: { handledOnly?: boolean }): number;
  clearRequestLog(): void;
  /** signs a draft as if in SberBusiness's UI: CREATED → SIGNED, then on through the state machine */
  signDraft(externalId: string, organizationId?: string): void;
  /** a card's current limits (after due transitions) */
  cardLimits(businessCardId: string): { code: string; amount: number }[] | undefined;
  /**
   * A seeded user's test private key and certificate (by user id or login), made on first use,
   * to sign as that user with `SoftwareGostSigner`. Rejects for an unknown user or an empty
   * crypto profile.
   */
  signingCredentials(userIdOrLogin: string): Promise<TestSigningCredentials>;
  /** adds a certificate made elsewhere to a user's crypto profile and returns its profile entry */
  addCertificate(userId: string, registration: CertificateRegistration): Certificate;
  /** stops the server and the sandbox's own GOST pool */
  close(): Promise<void>;
}

function summarize(org: Organization): OrganizationSummary {
  const cardCountsByStatus = Object.fromEntries(
    businessCardStatusValues.map((s) => [s, 0]),
  ) as Record<BusinessCardStatus, number>;
  for (const card of org.cards) cardCountsByStatus[card.status]++;
  return {
    id: org.id,
    name: org.name,
    inn: org.inn,
    users: org.users.map((u) => ({
      id: u.id,
      login: u.login,
      fullName: u.fullName,
      certificates: u.certificates.map((c) => ({ ...c })),
    })),
    cardCount: org.cards.length,
    cardCountsByStatus,
    cards: org.cards.map((c) => ({ businessCardId: c.businessCardId, status: c.status })),
  };
}

/**
 * Starts the bank sandbox: SberBusiness ID's OAuth endpoints and the business-card API on one
 * HTTP(S) server, with seeded organisations.
 *
 * @example
 * const sandbox = await startBankSandbox({ port: 0, pageSize: 50 });
 * const token = sandbox.issueAccessToken();
 * await fetch(`${sandbox.apiBaseUrl}/v1/business-cards?page=1&statusCodes=ACTIVE`, {
 *   headers: { authorization: `Bearer ${token}` },
 * });
 * await sandbox.close();
 */
export async function startBankSandbox(options: BankSandboxOptions = {}): Promise<BankSandbox> {
  const clock = options.clock ?? systemClock;
  const seed = options.seed ?? DEFAULT_SEED;
  const contract = loadContract(options.specPath ?? DEFAULT_SPEC_PATH);
  const organizations = seedOrganizations(seed);
  const clients = options.clients ?? loadOAuthClients(options.clientsFile);
  const tokens = new TokenStore(clock);
  const faults = new FaultInjector(seed, checkFaultConfig(options.faults ?? {}));
  const requestLog: RequestLogEntry[] = [];
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new RangeError('pageSize must be a positive integer');

  const cards = new Map(
    organizations.flatMap((o) => o.cards.map((c) => [c.businessCardId, c] as const)),
  );
  const gostPool = options.gostPool ?? new GostWorkerPool();
  const certificates = new CertificateRegistry(organizations, gostPool);
  const documents = new LimitChangeDocuments(
    { ...DEFAULT_TRANSITION_DELAYS, ...options.transitionDelays },
    (doc) => {
      const card = cards.get(doc.businessCardId.toLowerCase());
      const limit = card?.limits.find((l) => l.code === doc.code);
      if (limit) limit.amount = doc.limit;
    },
  );

  const api: BankApiDependencies = {
    contract,
    clock,
    tokens,
    organizations,
    documents,
    certificates,
    gostPool,
    pageSize: () => pageSize,
  };
  const oauth: OAuthDependencies = { contract, clients, tokens, organizations };
  const routes: Record<string, RouteHandler> = {
    authorize: (ctx) => authorize(oauth, ctx),
    exchangeToken: (ctx) => exchangeToken(oauth, ctx),
  };
  for (const [operationId, handler] of Object.entries(BANK_API_HANDLERS)) {
    routes[operationId] = (ctx) => handler(api, ctx);
  }

  const server = createSandboxServer(
    {
      contract,
      clock,
      faults,
      routes,
      rootOperations: new Set(['authorize', 'exchangeToken']),
      apiBasePath: API_BASE_PATH,
      sandboxOnlyRoutes: [
        testCredentialsRoute(organizations, certificates),
        seededUsersRoute(organizations),
        ...faultsRoutes(faults),
      ],
      requestLog,
      log: options.log ?? (() => {}),
    },
    options.tls,
  );
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8443, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const url = `${options.tls ? 'https' : 'http'}://${urlHost}:${port}`;

  const findOrganization = (id: string | undefined): Organization => {
    const org = id === undefined ? organizations[0] : organizations.find((o) => o.id === id);
    if (!org) throw new Error(`Unknown organization: ${id}`);
    return org;
  };

  return {
    url,
    apiBaseUrl: `${url}${API_BASE_PATH}`,
    get organizations() {
      return organizations.map(summarize);
    },
    clients,
    requestLog,
    contract,
    issueAccessToken(opts = {}) {
      const org = findOrganization(opts.organizationId);
      const user =
        opts.userId === undefined ? org.users[0] : org.users.find((u) => u.id === opts.userId);
      if (!user) throw new Error(`Unknown user ${opts.userId} in ${org.id}`);
      return tokens.issueAccessToken(
        {
          organizationId: org.id,
          userId: user.id,
          scopes: opts.scopes ?? [...ALL_SCOPES],
          ...(opts.tenant && { tenant: { ...opts.tenant } }),
        },
        opts.expiresInSeconds,
      );
    },
    expireAccessToken: (token) => tokens.expireAccessToken(token),
    setFaults: (config) => faults.set(checkFaultConfig(config)),
    requestCount: (operationId, opts = {}) =>
      requestLog.filter((e) => e.operationId === operationId && (!opts.handledOnly || e.handled))
        .length,
    clearRequestLog: () => {
      requestLog.length = 0;
    },
    signDraft(externalId, organizationId) {
      const drafts = documents
        .withExternalId(externalId)
        .filter((doc) => organizationId === undefined || doc.organizationId === organizationId);
      const [doc, ...others] = drafts;
      if (!doc) throw new Error(`No document ${externalId}`);
      if (others.length > 0) {
        throw new Error(`${externalId} names documents of several owners: name the organisation`);
      }
      const card = cards.get(doc.businessCardId.toLowerCase());
      if (!card) throw new Error(`The card of ${externalId} is gone`);
      documents.sign(doc, [], refusalReason(card, doc), clock.now());
    },
    cardLimits(businessCardId) {
      documents.advance(clock.now());
      return cards.get(businessCardId.toLowerCase())?.limits.map((l) => ({ ...l }));
    },
    async signingCredentials(userIdOrLogin) {
      const credentials = await findTestSigningCredentials(
        organizations,
        certificates,
        userIdOrLogin,
      );
      if (!credentials) throw new Error(`No test signing credentials for ${userIdOrLogin}`);
      return credentials;
    },
    addCertificate(userId, registration) {
      const organization = organizations.find((o) => o.users.some((u) => u.id === userId));
      const user = organization?.users.find((u) => u.id === userId);
      if (!organization || !user) throw new Error(`Unknown user ${userId}`);
      return { ...certificates.register(organization, user, registration) };
    },
    async close() {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      if (!options.gostPool) await gostPool.close();
    },
  };
}
