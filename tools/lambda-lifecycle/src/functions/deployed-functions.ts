import { appRuntimeVariables } from '@devportal/infra/app-runtime-variables';
import type { FunctionConfiguration } from '../runtime/function-configuration.js';

/** Where the functions' loopback stand-ins are, and the ARNs infra would pass. */
export interface DeployedWorld {
  readonly region: string;
  readonly tableName: string;
  /** `AWS_ENDPOINT_URL_*` of the loopback AWS endpoint. */
  readonly awsEndpoints: Readonly<Record<string, string>>;
  readonly bankTokenKeyArn: string;
  /** The sandbox contour: its API base URL and OAuth client. */
  readonly sandbox: {
    readonly apiUrl: string;
    readonly clientId: string;
    readonly clientSecretArn: string;
  };
  /** The production contour (the bank over mutual TLS, here a second sandbox). */
  readonly production: {
    readonly apiUrl: string;
    readonly tokenUrl: string;
    readonly clientId: string;
    readonly clientSecretArn: string;
    /** Absent when the world's production bank is plain HTTP. */
    readonly certificateSecretArn?: string;
  };
  readonly signingKeySecretArn: string;
  /** The status sync's check queue (`SyncConstruct` adds `STATUS_SYNC_QUEUE_URL`). */
  readonly checkQueueUrl: string;
}

/** Options of one harness function beside the world. */
export interface DeployedFunctionOptions {
  readonly bundlePath: string;
  /** The reserved concurrency: the most environments at once (the harness's pool size). */
  readonly reservedConcurrency: number;
  /** A shorter timeout than the deployed one, for cases about deadlines. */
  readonly timeoutMs?: number;
  /** Variables added to (or overriding) what infra sets, for a case's own configuration. */
  readonly extraEnvironment?: Readonly<Record<string, string>>;
}

/**
 * The cards gateway as `CardsGatewayFunction` (infra/src/functions/cards-gateway-function.ts)
 * deploys it: 1,024 MB, 29 s, its variables named as infra writes them (the portal's data, the
 * signing key's secret, both contours) and Powertools' as `AppFunction` sets them.
 */
export function cardsGatewayFunction(
  world: DeployedWorld,
  options: DeployedFunctionOptions,
): FunctionConfiguration {
  return {
    name: 'devportal-harness-cards-gateway',
    bundlePath: options.bundlePath,
    memorySize: 1024,
    timeoutMs: options.timeoutMs ?? 29_000,
    region: world.region,
    reservedConcurrency: options.reservedConcurrency,
    environment: {
      ...portalDataVariables(world),
      GATEWAY_SIGNING_KEY_SECRET_ARN: world.signingKeySecretArn,
      ...bankContourVariables(world),
      // The dev stage's bank timeouts; the gateway checks them against its own timeout.
      FUNCTION_TIMEOUT_MS: String(options.timeoutMs ?? 29_000),
      BANK_CONNECT_TIMEOUT_MS: '3000',
      BANK_TOTAL_TIMEOUT_MS: '6750',
      ...appFunctionVariables(world, 'cards-gateway'),
      ...options.extraEnvironment,
    },
  };
}

/**
 * The status sync as `StatusSyncFunction` deploys it: 512 MB, 4 minutes, the same data and
 * contours as the gateway and its contour to sync (`sandbox` here).
 */
export function statusSyncFunction(
  world: DeployedWorld,
  options: DeployedFunctionOptions,
): FunctionConfiguration {
  return {
    name: 'devportal-harness-status-sync',
    bundlePath: options.bundlePath,
    memorySize: 512,
    timeoutMs: options.timeoutMs ?? 240_000,
    region: world.region,
    reservedConcurrency: options.reservedConcurrency,
    environment: {
      ...portalDataVariables(world),
      ...bankContourVariables(world),
      STATUS_SYNC_CONTOUR: 'sandbox',
      STATUS_SYNC_QUEUE_URL: world.checkQueueUrl,
      STATUS_SYNC_CHECK_TIMEOUT_MS: '10000',
      ...appFunctionVariables(world, 'status-sync'),
      ...options.extraEnvironment,
    },
  };
}

/** infra's `portalDataEnvironment`. */
function portalDataVariables(world: DeployedWorld) {
  return { PORTAL_TABLE_NAME: world.tableName, BANK_TOKEN_KEY_ARN: world.bankTokenKeyArn };
}

/** infra's `bankContourEnvironment`. */
function bankContourVariables({ sandbox, production }: DeployedWorld) {
  return {
    SANDBOX_API_URL: sandbox.apiUrl,
    SANDBOX_OAUTH_CLIENT_ID: sandbox.clientId,
    SANDBOX_OAUTH_CLIENT_SECRET_ARN: sandbox.clientSecretArn,
    SBER_API_URL: production.apiUrl,
    ...(production.certificateSecretArn && {
      SBER_CLIENT_CERTIFICATE_SECRET_ARN: production.certificateSecretArn,
    }),
    SBER_OAUTH_TOKEN_URL: production.tokenUrl,
    SBER_OAUTH_CLIENT_ID: production.clientId,
    SBER_OAUTH_CLIENT_SECRET_ARN: production.clientSecretArn,
  };
}

/**
 * What `AppFunction` adds to every function (Powertools' configuration, source maps), plus the
 * loopback endpoints and the Node 20 quieting of the SDK (Lambda's Node 22 has no such warning).
 */
function appFunctionVariables(world: DeployedWorld, serviceName: string) {
  return {
    ...appRuntimeVariables(serviceName, { name: 'harness', logLevel: 'INFO' }),
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...world.awsEndpoints,
  };
}
