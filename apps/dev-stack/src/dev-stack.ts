import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { type BankSandbox, startBankSandbox } from '@devportal/bank-sandbox';
import { createPortalApi, jwtAuthenticator, type Logger, localKeys } from '@devportal/portal-api';
import { CATALOG_V1, ClientSecretHasher, nodeCrypto, systemClock } from '@devportal/portal-domain';
import {
  createTable,
  DocumentStore,
  DynamoCatalogRepository,
  LocalKeyFileEncryption,
} from '@devportal/portal-domain/dynamodb';
import {
  DYNAMODB_LOCAL_CREDENTIALS,
  DYNAMODB_LOCAL_REGION,
  startDynamoDbLocal,
} from '@devportal/test-support/dynamodb-local';
import { Hono } from 'hono';
import { ensureDemoAccounts } from './demo-accounts.js';
import { startFrontDoor } from './front-door.js';
import { createDevIdentityProvider } from './identity/dev-identity-provider.js';
import { loadOrCreateSigningKey } from './identity/signing-key.js';
import { UserDirectory } from './identity/user-directory.js';

/** How to start the local stack. */
export interface DevStackOptions {
  /** Keep data here (DynamoDB, people, keys), kept across restarts; in memory when omitted. */
  readonly dataDirectory?: string;
  /** Port of the front door (portal API, identity provider); 0 picks a free one. */
  readonly port?: number;
  /** Port of the bank sandbox; 0 picks a free one. */
  readonly sandboxPort?: number;
  /** Interface to listen on (default 127.0.0.1). */
  readonly hostname?: string;
  /** One line per request and per lifecycle step. */
  readonly log?: (line: string) => void;
}

/** The running local stack. */
export interface DevStack {
  /** The front door: the portal API under `/v1`, the identity provider under `/idp`. */
  readonly url: string;
  readonly identityProviderUrl: string;
  readonly sandbox: BankSandbox;
  readonly dynamoDbEndpoint: string;
  readonly tableName: string;
  /** Stops everything, last started first. */
  close(): Promise<void>;
}

/** The table of the local stack; every deployment names its own. */
export const LOCAL_TABLE_NAME = 'devportal';
/** The audience of the dev identity provider's tokens, as a Cognito app client id would be. */
export const LOCAL_AUDIENCE = 'devportal-web';
/** The sandbox's OAuth client registered for the local portal (see the sandbox README). */
const SANDBOX_OAUTH_CLIENT = { clientId: 'devportal-sandbox', clientSecret: 'sandbox-secret' };

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
    await new DynamoCatalogRepository(new DocumentStore(dynamoDb, LOCAL_TABLE_NAME)).publish(
      CATALOG_V1,
    );

    log('starting the bank sandbox…');
    const sandbox = await startBankSandbox({
      port: options.sandboxPort ?? 8443,
      host: hostname,
      log: (line) => log(`sandbox ${line}`),
    });
    closers.push(() => sandbox.close());

    const directory = await UserDirectory.open(dataPath('identity', 'users.json'));
    await ensureDemoAccounts(directory);
    const signingKey = await loadOrCreateSigningKey(dataPath('identity', 'signing-key.json'));

    // Token issuers and redirect URIs name the front door's origin, known only once it
    // listens (port 0 picks one): the apps are created right after and answer from then on.
    const idpRoot = new Hono();
    let portal: ReturnType<typeof createPortalApi> | undefined;

    const frontDoor = await startFrontDoor({
      port: options.port ?? 3000,
      hostname,
      mounts: [{ prefix: '/idp', fetch: (request, env) => idpRoot.fetch(request, env) }],
      fallback: (request, env) => {
        if (!portal) return new Response('starting', { status: 503 });
        return portal.fetch(request, env);
      },
    });
    closers.push(() => frontDoor.close());
    const origin = frontDoor.url;
    const idp = createDevIdentityProvider({
      directory,
      signingKey,
      issuer: `${origin}/idp`,
      audience: LOCAL_AUDIENCE,
    });
    idpRoot.route('/idp', idp.app);

    portal = createPortalApi({
      dynamoDb,
      tableName: LOCAL_TABLE_NAME,
      clock: systemClock,
      crypto: nodeCrypto,
      hasher: new ClientSecretHasher(),
      authenticator: jwtAuthenticator({
        keys: localKeys({ keys: [signingKey.publicJwk] }),
        issuer: `${origin}/idp`,
        audience: LOCAL_AUDIENCE,
      }),
      bankOAuth: {
        ...SANDBOX_OAUTH_CLIENT,
        authorizeUrl: `${sandbox.url}/ic/sso/api/v2/oauth/authorize`,
        tokenUrl: `${sandbox.url}/ic/sso/api/v2/oauth/token`,
        redirectUri: `${origin}/v1/bank-connection/callback`,
      },
      keyEncryption: await LocalKeyFileEncryption.open(
        dataPath('keys', 'bank-tokens.key') ?? join(await temporaryKeyDirectory(closers), 'key'),
      ),
      logger: requestLineLogger(log),
    });

    return {
      url: frontDoor.url,
      identityProviderUrl: `${frontDoor.url}/idp`,
      sandbox,
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

async function temporaryKeyDirectory(closers: (() => Promise<void>)[]): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'devportal-keys-'));
  closers.push(() => rm(directory, { recursive: true, force: true }));
  return directory;
}
