import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SANDBOX_DEMO_SCOPES, sandboxDemoAccess } from '@devportal/bank-access';
import { type BankSandbox, startBankSandbox } from '@devportal/bank-sandbox';
import {
  createCardsGateway,
  DEFAULT_BASE_PATH,
  fixedSigningKeys,
  NODE_TOKEN_REFUSAL_HOLD_MS,
  signingKeyFromFile,
  webhookQuotaWarnings,
} from '@devportal/cards-gateway';
import {
  createPortalApi,
  identityConnectSources,
  jwtAuthenticator,
  type Logger,
  localKeys,
} from '@devportal/portal-api';
import {
  CATALOG_V1,
  ClientSecretHasher,
  DEFAULT_SYNC_RUN_POLICY,
  nodeCrypto,
  nodeHostResolver,
  systemClock,
  type WebhookDestinationPolicy,
} from '@devportal/portal-domain';
import {
  createTable,
  DocumentStore,
  DynamoSentMailLedger,
  dynamoRepositories,
  LocalKeyFileEncryption,
} from '@devportal/portal-dynamodb';
import { QuotaWarningMailer, WebhookFailingMailer } from '@devportal/portal-mail';
import { SmtpMailSender } from '@devportal/portal-mail/smtp';
import { sberOAuthEndpointsAt } from '@devportal/sber-client';
import { type StatusSyncReport, startStatusSyncTimer } from '@devportal/status-sync';
import {
  DYNAMODB_LOCAL_CREDENTIALS,
  DYNAMODB_LOCAL_REGION,
  startDynamoDbLocal,
} from '@devportal/test-support/dynamodb-local';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { pepperSecretFromFile } from './client-secret-pepper-file.js';
import {
  type CognitoUserPool,
  cognitoAuthenticator,
  cognitoSiteIdentity,
} from './cognito-user-pool.js';
import { lockDataDirectory } from './data-directory-lock.js';
import { ensureDemoAccounts } from './demo-accounts.js';
import { startFrontDoor } from './front-door.js';
import { createDevIdentityProvider } from './identity/dev-identity-provider.js';
import { mailedResetCodes } from './identity/mailed-reset-codes.js';
import { loadOrCreateSigningKey } from './identity/signing-key.js';
import { UserDirectory } from './identity/user-directory.js';
import { inProcessSyncTrigger } from './in-process-sync-trigger.js';
import { startLocalMailServer } from './local-mail-server.js';
import { localStatusSync } from './local-status-sync.js';
import { ensurePortFree } from './port-check.js';
import { LOCAL_SUPPORT_CONTACT, type SupportContact } from './site-config.js';

/** How to start the local stack. */
export interface DevStackOptions {
  /** Keep data here (DynamoDB, people, keys), kept across restarts; in memory when omitted. */
  readonly dataDirectory?: string;
  /** Port of the front door (portal API, identity provider); 0 picks a free one. */
  readonly port?: number;
  /** Port of the bank sandbox; 0 picks a free one. */
  readonly sandboxPort?: number;
  /** SMTP port of the local mail server (MailDev); 0 picks a free one (the default). */
  readonly mailSmtpPort?: number;
  /** Port of the local mail server's web inbox; 0 picks a free one (the default). */
  readonly mailWebPort?: number;
  /** Interface to listen on (default 127.0.0.1). */
  readonly hostname?: string;
  /** How often the status sync runs (default {@link DEFAULT_STATUS_SYNC_INTERVAL_MS}). */
  readonly statusSyncIntervalMs?: number;
  /** One line per request and per lifecycle step. */
  readonly log?: (line: string) => void;
  /**
   * Where the identity provider keeps its signing key (default: under `dataDirectory`, else in
   * memory); a test that signs tokens of its own reads the key there.
   */
  readonly identitySigningKeyFile?: string;
  /**
   * Where webhooks may go, over {@link LOCAL_WEBHOOK_DESTINATIONS}: the system tests resolve
   * names from a fixed table (no query leaves the machine) and allow one loopback receiver only.
   */
  readonly webhookDestinations?: Partial<WebhookDestinationPolicy>;
  /** The support contact the website shows (default {@link LOCAL_SUPPORT_CONTACT}; `null`: none). */
  readonly support?: SupportContact | null;
  /**
   * Sign people in with this Cognito user pool (cognito-local in the browser tests) instead of
   * the dev identity provider: the site's `/config.json` and CSP name it, the portal API trusts
   * its ID tokens.
   */
  readonly cognito?: CognitoUserPool;
}

/** The running local stack. */
export interface DevStack {
  /**
   * The front door: the portal API under `/v1`, the identity provider under `/idp`, the cards
   * gateway's token endpoint at `/oauth/token` and the bank's API under `/cards/fintech/api`.
   */
  readonly url: string;
  readonly identityProviderUrl: string;
  /** The cards gateway's client-credentials endpoint. */
  readonly gatewayTokenUrl: string;
  /** The bank's API through the cards gateway (the `environment` of `@devportal/sber-client`). */
  readonly gatewayApiBaseUrl: string;
  /** How often the status sync runs. */
  readonly statusSyncIntervalMs: number;
  readonly sandbox: BankSandbox;
  /** The local mail server's web inbox (MailDev; its REST API at `/email`). */
  readonly mailInboxUrl: string;
  readonly dynamoDbEndpoint: string;
  readonly tableName: string;
  /** Stops everything, last started first. */
  close(): Promise<void>;
}

/** The table of the local stack; every deployment names its own. */
export const LOCAL_TABLE_NAME = 'devportal';
/** The audience of the dev identity provider's tokens, as a Cognito app client id would be. */
export const LOCAL_AUDIENCE = 'devportal-web';
/**
 * The cooldown between a member's sync runs locally: one organisation, one machine, and the
 * sandbox moves documents on in seconds (AWS keeps portal-domain's default, 30 s).
 */
export const LOCAL_SYNC_RUN_COOLDOWN_MS = 5_000;
/**
 * Where the local stack's webhooks may go: the checks of names and addresses are those of AWS,
 * but receivers on this machine have no certificate and listen on any port.
 */
export const LOCAL_WEBHOOK_DESTINATIONS: WebhookDestinationPolicy = {
  resolver: nodeHostResolver,
  allowLoopbackHttp: true,
  allowAnyPort: true,
};
/** The local stack's sender address; every message stays in the local inbox. */
export const LOCAL_MAIL_FROM = 'devportal <no-reply@devportal.localhost>';
/** The local status sync's pace: documents move on in seconds at the sandbox. */
export const DEFAULT_STATUS_SYNC_INTERVAL_MS = 30_000;
/** The sandbox's OAuth client registered for the local portal (see the sandbox README). */
const SANDBOX_OAUTH_CLIENT = { clientId: 'devportal-sandbox', clientSecret: 'sandbox-secret' };
/** The seeded user whose organisation every sandbox call through the gateway acts for. */
const SANDBOX_DEMO_LOGIN = 'romashka.director';
/** Registered for the client; the session reads the code from the redirect, nothing listens. */
const SANDBOX_DEMO_REDIRECT_URI = 'http://127.0.0.1:3000/oauth/callback';
/** The gateway's token endpoint, where API Gateway routes it in AWS too. */
const GATEWAY_TOKEN_PATH = '/oauth/token';

/**
 * Starts the whole portal on this machine: Amazon's DynamoDB Local (data under
 * `dataDirectory`), the table and the catalog (idempotent), the bank sandbox, the dev identity
 * provider and the portal API behind one HTTP server. The same handler code runs on Lambda.
 *
 * @example
 * const stack = await startDevStack({ dataDirectory: '.data', port: 3000 });
 * await stack.close();
 */
export async function startDevStack(options: DevStackOptions = {}): Promise<DevStack> {
  const log = options.log ?? (() => undefined);
  const hostname = options.hostname ?? '127.0.0.1';
  const dataPath = (...parts: string[]) =>
    options.dataDirectory ? join(options.dataDirectory, ...parts) : undefined;
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const closer of closers.reverse()) await closer();
  };

  try {
    // Before anything starts: a second `pnpm start` says what is in the way and stops.
    const port = options.port ?? 3000;
    const sandboxPort = options.sandboxPort ?? 8443;
    await ensurePortFree(port, hostname, 'the website and APIs', 'PORT');
    await ensurePortFree(sandboxPort, hostname, 'the bank sandbox', 'SANDBOX_PORT');
    if (options.dataDirectory) {
      const lock = await lockDataDirectory(options.dataDirectory);
      closers.push(() => lock.release());
    }

    log('starting DynamoDB Local…');
    const dynamoDbPath = dataPath('dynamodb');
    const dynamo = await startDynamoDbLocal(dynamoDbPath ? { dbPath: dynamoDbPath } : {});
    closers.push(() => dynamo.stop());
    const dynamoDb = new DynamoDBClient({
      endpoint: dynamo.endpoint,
      region: DYNAMODB_LOCAL_REGION,
      credentials: DYNAMODB_LOCAL_CREDENTIALS,
    });
    closers.push(async () => dynamoDb.destroy());
    await createTable(dynamoDb, LOCAL_TABLE_NAME);
    const repositories = dynamoRepositories({ client: dynamoDb, tableName: LOCAL_TABLE_NAME });
    await repositories.catalog.publish(CATALOG_V1);

    log('starting the bank sandbox…');
    const sandbox = await startBankSandbox({
      port: sandboxPort,
      host: hostname,
      log: (line) => log(`sandbox ${line}`),
    });
    closers.push(() => sandbox.close());

    log('starting the local mail server…');
    const mailServer = await startLocalMailServer({
      hostname,
      smtpPort: options.mailSmtpPort ?? 0,
      webPort: options.mailWebPort ?? 0,
    });
    closers.push(() => mailServer.stop());
    const mailSender = new SmtpMailSender({
      host: mailServer.smtpHost,
      port: mailServer.smtpPort,
      from: LOCAL_MAIL_FROM,
    });

    const directory = await UserDirectory.open(dataPath('identity', 'users.json'));
    await ensureDemoAccounts(directory);
    const signingKey = await loadOrCreateSigningKey(
      options.identitySigningKeyFile ?? dataPath('identity', 'signing-key.json'),
    );
    const keyDirectory = options.dataDirectory
      ? join(options.dataDirectory, 'keys')
      : await temporaryKeyDirectory(closers);
    const keyEncryption = await LocalKeyFileEncryption.open(join(keyDirectory, 'bank-tokens.key'));
    // One pepper for the portal API (which hashes new Client Secrets) and the gateway (which checks them).
    const hasher = ClientSecretHasher.keyedBy(
      await pepperSecretFromFile(join(keyDirectory, 'client-secret-pepper.key')),
    );
    const clock = systemClock;
    const crypto = nodeCrypto;

    log('starting the cards gateway and the status sync…');
    const sandboxOAuth = sberOAuthEndpointsAt(sandbox.url);
    // One access to the sandbox for both apps: the sync reads states with the organisation's
    // demo-organisation token (its own tenant) the gateway created the documents with.
    const sandboxAccess = sandboxDemoAccess(
      {
        apiBaseUrl: sandbox.apiBaseUrl,
        demo: {
          ...sandboxOAuth,
          ...SANDBOX_OAUTH_CLIENT,
          redirectUri: SANDBOX_DEMO_REDIRECT_URI,
          login: SANDBOX_DEMO_LOGIN,
          scopes: SANDBOX_DEMO_SCOPES,
        },
      },
      () => clock.now().getTime(),
    );
    const webhookDestinations = { ...LOCAL_WEBHOOK_DESTINATIONS, ...options.webhookDestinations };
    // Its links name the front door's origin: made once the front door listens, below.
    let webhookFailingMailer: WebhookFailingMailer | undefined;
    const statusSync = localStatusSync({
      repositories,
      clock,
      crypto,
      keyEncryption,
      contours: { sandbox: sandboxAccess },
      webhookDestinations,
      failingWebhooks: {
        webhookFailing: async (failing) => webhookFailingMailer?.webhookFailing(failing),
      },
    });
    closers.push(() => statusSync.close());
    const manualSync = inProcessSyncTrigger(statusSync.deps, repositories.syncRuns, (error) =>
      log(`status sync run failed: ${messageOf(error)}`),
    );
    // Runs members started finish before the sync's connections close.
    closers.push(() => manualSync.settled());
    const quotaWebhooks = webhookQuotaWarnings(statusSync.deps.outbox, crypto);
    // Its links name the front door's origin: made once the front door listens, below.
    let quotaMailer: QuotaWarningMailer | undefined;
    const gateway = createCardsGateway({
      repositories,
      clock,
      crypto,
      hasher,
      signingKeys: fixedSigningKeys({
        current: await signingKeyFromFile(join(keyDirectory, 'gateway-signing-key.pem')),
      }),
      contours: { sandbox: sandboxAccess },
      onQuotaWarning: (warning) =>
        Promise.all([quotaWebhooks(warning), quotaMailer?.notify(warning)]),
      onFault: (what, error) => log(`gateway ${what}: ${messageOf(error)}`),
      tokenRefusalHoldMs: NODE_TOKEN_REFUSAL_HOLD_MS,
    });
    // Closed after the front door stops taking calls: its bank connection pools. Plans and
    // analytics are in the table by the time each call is answered; nothing is owed at shutdown.
    closers.push(() => gateway.close());

    // Token issuers and redirect URIs name the front door's origin, known only once it
    // listens (port 0 picks one): the apps are created right after and answer from then on.
    const idpRoot = new Hono();
    let portal: ReturnType<typeof createPortalApi> | undefined;
    const portalWebDist = fileURLToPath(new URL('../../portal-web/dist', import.meta.url));
    // The site's configuration (apps/portal-web's README), served by the stack so that the
    // identity the pages use and the CSP that lets them call it come from one place.
    const siteConfig = {
      apiBaseUrl: '',
      identity: options.cognito
        ? cognitoSiteIdentity(options.cognito)
        : { kind: 'dev' as const, url: '/idp' },
      gateway: { tokenUrl: GATEWAY_TOKEN_PATH, apiBaseUrl: DEFAULT_BASE_PATH },
      ...supportOf(options),
    };
    const portalWebSite = new Hono()
      .get('/config.json', (context) => {
        context.header('cache-control', 'no-store');
        return context.json(siteConfig);
      })
      .use('*', serveStatic({ root: portalWebDist }))
      .get('*', serveStatic({ root: portalWebDist, path: 'index.html' }));

    const frontDoor = await startFrontDoor({
      port,
      hostname,
      connectSources: identityConnectSources(siteConfig.identity),
      mounts: [
        { prefix: '/idp', fetch: (request, env) => idpRoot.fetch(request, env) },
        { prefix: GATEWAY_TOKEN_PATH, fetch: (request, env) => gateway.app.fetch(request, env) },
        { prefix: '/cards', fetch: (request, env) => gateway.app.fetch(request, env) },
        {
          prefix: '/v1',
          fetch: (request, env) =>
            portal ? portal.fetch(request, env) : new Response('starting', { status: 503 }),
        },
      ],
      // The website (apps/portal-web, built by `pnpm start`): its files, and index.html for the
      // paths its router owns (/orgs/…, /login…).
      fallback: (request, env) => portalWebSite.fetch(request, env),
    });
    closers.push(() => frontDoor.close());
    const origin = frontDoor.url;
    const idp = createDevIdentityProvider({
      directory,
      signingKey,
      issuer: `${origin}/idp`,
      audience: LOCAL_AUDIENCE,
      // Mailed through MailDev in the person's language, as Cognito mails them in AWS.
      sendPasswordResetCode: mailedResetCodes({ sender: mailSender, users: repositories.users }),
      onFault: (what, error) => log(`identity provider ${what}: ${messageOf(error)}`),
    });
    idpRoot.route('/idp', idp.app);

    portal = createPortalApi({
      dynamoDb,
      tableName: LOCAL_TABLE_NAME,
      clock,
      crypto,
      hasher,
      authenticator: options.cognito
        ? cognitoAuthenticator(options.cognito)
        : jwtAuthenticator({
            keys: localKeys({ keys: [signingKey.publicJwk] }),
            issuer: `${origin}/idp`,
            audience: LOCAL_AUDIENCE,
          }),
      bankOAuth: {
        ...SANDBOX_OAUTH_CLIENT,
        ...sandboxOAuth,
        // The website's page: it posts the code and state back with the person's token.
        redirectUri: `${origin}/bank-connection/callback`,
      },
      keyEncryption,
      webhookDestinations,
      limitChangeSync: manualSync,
      mail: { sender: mailSender, siteUrl: origin },
      syncRunPolicy: { ...DEFAULT_SYNC_RUN_POLICY, cooldownMs: LOCAL_SYNC_RUN_COOLDOWN_MS },
      logger: requestLineLogger(log),
    });

    webhookFailingMailer = new WebhookFailingMailer({
      ...repositories,
      sender: mailSender,
      siteUrl: origin,
      onFault: (fault) => log(`mail not sent (${fault.kind}): ${fault.error}: ${fault.message}`),
    });
    quotaMailer = new QuotaWarningMailer({
      ...repositories,
      ledger: new DynamoSentMailLedger(new DocumentStore(dynamoDb, LOCAL_TABLE_NAME)),
      sender: mailSender,
      crypto,
      siteUrl: origin,
      onFault: (fault) => log(`mail not sent (${fault.kind}): ${fault.error}: ${fault.message}`),
    });

    const statusSyncIntervalMs = options.statusSyncIntervalMs ?? DEFAULT_STATUS_SYNC_INTERVAL_MS;
    const timer = startStatusSyncTimer(statusSync.deps, {
      intervalMs: statusSyncIntervalMs,
      // Deliveries on their own timer, as on their own schedule in AWS, at the local pace.
      webhookIntervalMs: statusSyncIntervalMs,
      onReport: (report) => {
        if (report.checked + report.failed > 0) log(syncReportLine(report));
      },
      onWebhooks: ({ attempted, delivered }) => {
        if (attempted > 0) log(`webhooks: delivered ${delivered} of ${attempted}`);
      },
      onError: (error) => log(`status sync failed: ${messageOf(error)}`),
    });
    closers.push(() => timer.stop());

    return {
      url: frontDoor.url,
      identityProviderUrl: `${frontDoor.url}/idp`,
      gatewayTokenUrl: `${frontDoor.url}${GATEWAY_TOKEN_PATH}`,
      gatewayApiBaseUrl: `${frontDoor.url}${DEFAULT_BASE_PATH}`,
      statusSyncIntervalMs,
      sandbox,
      mailInboxUrl: mailServer.inboxUrl,
      dynamoDbEndpoint: dynamo.endpoint,
      tableName: LOCAL_TABLE_NAME,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** One human-readable line per request: time, method, route, status, duration, request id. */
function requestLineLogger(log: (line: string) => void): Logger {
  return (entry) => {
    if (entry.level === 'error') {
      log(`error ${entry.requestId ?? ''} ${entry.route ?? ''}: ${entry.message ?? entry.error}`);
      return;
    }
    const time = new Date().toISOString().slice(11, 23);
    log(
      `${time} ${entry.method} ${entry.route} ${entry.status} ${entry.durationMs}ms ${entry.requestId}`,
    );
  };
}

/** One line of a scheduled run that did something. */
function syncReportLine(report: StatusSyncReport): string {
  const { checked, changed, reachedFinal, failed, stillPending } = report;
  return `status sync: checked ${checked}, changed ${changed} (${reachedFinal} final), failed ${failed}, pending ${stillPending}`;
}

/** An error's message only: a stack or a cause could carry a request's details. */
function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function temporaryKeyDirectory(closers: (() => Promise<void>)[]): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'devportal-keys-'));
  closers.push(() => rm(directory, { recursive: true, force: true }));
  return directory;
}

/** The support contact `options` ask for: the local one unless they name another or none. */
/** The `support` entry of the site's configuration (none when `options.support` is `null`). */
function supportOf(options: DevStackOptions): { support?: SupportContact } {
  if (options.support === null) return {};
  return { support: options.support ?? LOCAL_SUPPORT_CONTACT };
}
