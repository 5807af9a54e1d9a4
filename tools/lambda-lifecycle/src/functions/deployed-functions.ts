import { appRuntimeVariables } from '@devportal/infra/app-runtime-variables';
import { variablesOf } from '@devportal/runtime/environment-variables';
import type { FunctionConfiguration } from '../runtime/function-configuration.js';

/** The status sync's name, which the portal API invokes it by. */
const STATUS_SYNC_NAME = 'devportal-harness-status-sync';

/** The website's origin, which the functions' mail links to (infra's `mailEnvironment`). */
export const HARNESS_SITE_URL = 'https://web.example.invalid';

/** The sender address of the functions' mail (the stage's `mailFrom`). */
export const HARNESS_MAIL_FROM = 'no-reply@mail.example.invalid';

/** Where SberBusiness ID sends a person back: the website's page (infra's `BANK_CALLBACK_PAGE`). */
const BANK_CALLBACK_PAGE = 'https://web.example.invalid/bank-connection/callback';

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
    readonly authorizeUrl: string;
    readonly tokenUrl: string;
    readonly clientId: string;
    readonly clientSecretArn: string;
    /** Absent when the world's production bank is plain HTTP. */
    readonly certificateSecretArn?: string;
  };
  readonly signingKeySecretArn: string;
  /** The Client Secret pepper both the portal API and the gateway key hashes with. */
  readonly clientSecretPepperSecretArn: string;
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
 * deploys it: 512 MB, 29 s, its variables named as infra writes them (the portal's data, the
 * signing key's and the Client Secret pepper's secrets, both contours) and Powertools' as
 * `AppFunction` sets them.
 */
export function cardsGatewayFunction(
  world: DeployedWorld,
  options: DeployedFunctionOptions,
): FunctionConfiguration {
  const timeoutMs = options.timeoutMs ?? 29_000;
  return appFunction(world, options, {
    name: 'devportal-harness-cards-gateway',
    serviceName: 'cards-gateway',
    memorySize: 512,
    timeoutMs,
    variables: {
      ...bankContourVariables(world),
      ...variablesOf({
        gatewaySigningKeySecretArn: world.signingKeySecretArn,
        clientSecretPepperSecretArn: world.clientSecretPepperSecretArn,
        mailFrom: HARNESS_MAIL_FROM,
        portalSiteUrl: HARNESS_SITE_URL,
        // The dev stage's bank timeouts; the gateway checks them against its own timeout.
        functionTimeoutMs: timeoutMs,
        bankConnectTimeoutMs: 3_000,
        bankTotalTimeoutMs: 6_750,
      }),
    },
  });
}

/**
 * The status sync as `StatusSyncFunction` deploys it: 512 MB, 4 minutes, the same data and
 * contours as the gateway and its contour to sync (`sandbox` here).
 */
export function statusSyncFunction(
  world: DeployedWorld,
  options: DeployedFunctionOptions,
): FunctionConfiguration {
  return appFunction(world, options, {
    name: STATUS_SYNC_NAME,
    serviceName: 'status-sync',
    memorySize: 512,
    timeoutMs: options.timeoutMs ?? 240_000,
    variables: {
      ...bankContourVariables(world),
      ...variablesOf({
        statusSyncQueueUrl: world.checkQueueUrl,
        statusSyncCheckTimeoutMs: 10_000,
        mailFrom: HARNESS_MAIL_FROM,
        portalSiteUrl: HARNESS_SITE_URL,
      }),
    },
  });
}

/**
 * The portal API as `PortalApiFunction` deploys it: 512 MB, 29 s, the portal's data, the bank's
 * OAuth client for connecting organisations and the status sync to start by name. No JWKS URL:
 * people come verified by API Gateway's JWT authorizer. The bank's OAuth endpoints, which infra
 * leaves to the contour's defaults, are the world's production bank's.
 */
export function portalApiFunction(
  world: DeployedWorld,
  options: DeployedFunctionOptions,
): FunctionConfiguration {
  const { production } = world;
  return appFunction(world, options, {
    name: 'devportal-harness-portal-api',
    serviceName: 'portal-api',
    memorySize: 512,
    timeoutMs: options.timeoutMs ?? 29_000,
    variables: variablesOf({
      sberContour: 'test',
      sberOAuthClientId: production.clientId,
      sberOAuthClientSecretArn: production.clientSecretArn,
      sberClientCertificateSecretArn: production.certificateSecretArn,
      sberOAuthRedirectUri: BANK_CALLBACK_PAGE,
      sberOAuthAuthorizeUrl: production.authorizeUrl,
      sberOAuthTokenUrl: production.tokenUrl,
      statusSyncFunctionName: STATUS_SYNC_NAME,
      clientSecretPepperSecretArn: world.clientSecretPepperSecretArn,
    }),
  });
}

/** What one of infra's functions sets apart from what every `AppFunction` gets. */
interface AppFunctionSettings {
  readonly name: string;
  /** Powertools' `service`, as infra names it. */
  readonly serviceName: string;
  readonly memorySize: number;
  readonly timeoutMs: number;
  readonly variables: Readonly<Record<string, string>>;
}

/**
 * A function as `AppFunction` deploys one: its own variables between the portal's data and
 * Powertools' (with the loopback endpoints), a case's `extraEnvironment` over all of them.
 */
function appFunction(
  world: DeployedWorld,
  options: DeployedFunctionOptions,
  settings: AppFunctionSettings,
): FunctionConfiguration {
  return {
    name: settings.name,
    bundlePath: options.bundlePath,
    memorySize: settings.memorySize,
    timeoutMs: settings.timeoutMs,
    region: world.region,
    reservedConcurrency: options.reservedConcurrency,
    environment: {
      ...portalDataVariables(world),
      ...settings.variables,
      ...appFunctionVariables(world, settings.serviceName),
      ...options.extraEnvironment,
    },
  };
}

/** infra's `portalDataEnvironment`. */
function portalDataVariables(world: DeployedWorld) {
  return variablesOf({ portalTableName: world.tableName, bankTokenKeyArn: world.bankTokenKeyArn });
}

/** infra's `bankContourEnvironment`. */
function bankContourVariables({ sandbox, production }: DeployedWorld) {
  return variablesOf({
    sandboxApiUrl: sandbox.apiUrl,
    sandboxOAuthClientId: sandbox.clientId,
    sandboxOAuthClientSecretArn: sandbox.clientSecretArn,
    sberApiUrl: production.apiUrl,
    sberClientCertificateSecretArn: production.certificateSecretArn,
    sberOAuthTokenUrl: production.tokenUrl,
    sberOAuthClientId: production.clientId,
    sberOAuthClientSecretArn: production.clientSecretArn,
  });
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
