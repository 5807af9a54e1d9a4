/**
 * Every environment variable the portal's Lambda functions read, declared once: its name, what it
 * means and how its text is parsed. The apps read them with `requiredVariable` / `optionalVariable`
 * and infra writes them with {@link variablesOf}, so a name is spelled here and nowhere else. The
 * file imports nothing, so infra and the tools that run the bundles load it without the AWS SDK
 * (`@devportal/runtime/environment-variables`).
 */

/** One environment variable: its name, its meaning and how a set value is parsed. */
export interface EnvironmentVariable<Value = string> {
  readonly name: string;
  readonly meaning: string;
  /** What a set value must be, in the words of the error a wrong value starts with. */
  readonly expected: string;
  /** The value a set text stands for; `undefined` when the text is not {@link expected}. */
  readonly parse: (text: string) => Value | undefined;
}

/** How one kind of value is read from and written to a variable's text. */
interface Parser<Value> {
  readonly expected: string;
  readonly parse: (text: string) => Value | undefined;
}

const text: Parser<string> = { expected: 'a text', parse: (value) => value };

function integer(expected: string, least: number): Parser<number> {
  return {
    expected,
    parse: (value) => {
      const number = Number(value);
      return Number.isInteger(number) && number >= least ? number : undefined;
    },
  };
}

const positiveMilliseconds = integer('a positive number of milliseconds', 1);

const flag: Parser<boolean> = {
  expected: 'true or false',
  parse: (value) => (value === 'true' ? true : value === 'false' ? false : undefined),
};

function oneOf<const Choice extends string>(...choices: readonly Choice[]): Parser<Choice> {
  return {
    expected: choices.join(' or '),
    parse: (value) => choices.find((choice) => choice === value),
  };
}

function variable<Value>(
  name: string,
  meaning: string,
  parser: Parser<Value>,
): EnvironmentVariable<Value> {
  return { name, meaning, ...parser };
}

/**
 * The variables, by the name code refers to them with. Secrets come in pairs: the value itself
 * (the local stack, tests) or its Secrets Manager ARN (AWS).
 */
export const ENVIRONMENT = {
  // The portal's data
  portalTableName: variable('PORTAL_TABLE_NAME', "the portal's DynamoDB table", text),
  dynamoDbEndpoint: variable(
    'DYNAMODB_ENDPOINT',
    "DynamoDB's endpoint (the local stack); AWS's when unset",
    text,
  ),
  bankTokenKeyFile: variable(
    'BANK_TOKEN_KEY_FILE',
    'the local key file sealing bank tokens and webhook secrets (the local stack)',
    text,
  ),
  bankTokenKeyArn: variable(
    'BANK_TOKEN_KEY_ARN',
    'the KMS key sealing bank tokens and webhook secrets, when no key file is set',
    text,
  ),
  clientSecretPepper: variable(
    'CLIENT_SECRET_PEPPER',
    'the pepper set Client Secrets are keyed with',
    text,
  ),
  clientSecretPepperSecretArn: variable(
    'CLIENT_SECRET_PEPPER_SECRET_ARN',
    'the pepper set Client Secrets are keyed with, by Secrets Manager ARN',
    text,
  ),

  // The bank's contours (the cards gateway and the status sync)
  sandboxApiUrl: variable('SANDBOX_API_URL', "the sandbox API's base URL", text),
  sandboxOAuthOrigin: variable(
    'SANDBOX_OAUTH_ORIGIN',
    "where the sandbox's SberBusiness ID is (default: the API's origin)",
    text,
  ),
  sandboxOAuthClientId: variable(
    'SANDBOX_OAUTH_CLIENT_ID',
    "the portal's OAuth client at the sandbox",
    text,
  ),
  sandboxOAuthClientSecret: variable(
    'SANDBOX_OAUTH_CLIENT_SECRET',
    "the portal's OAuth Client Secret at the sandbox",
    text,
  ),
  sandboxOAuthClientSecretArn: variable(
    'SANDBOX_OAUTH_CLIENT_SECRET_ARN',
    "the portal's OAuth Client Secret at the sandbox, by Secrets Manager ARN",
    text,
  ),
  sandboxOAuthRedirectUri: variable(
    'SANDBOX_OAUTH_REDIRECT_URI',
    'a redirect URI registered for the sandbox client',
    text,
  ),
  sandboxDemoLogin: variable('SANDBOX_DEMO_LOGIN', "the demo organisation's user", text),
  sberApiUrl: variable(
    'SBER_API_URL',
    "the bank's API base URL; without it the production contour is not configured",
    text,
  ),
  sberContour: variable(
    'SBER_CONTOUR',
    "the bank's contour people connect their organisations on",
    oneOf('test', 'production'),
  ),
  sberOAuthAuthorizeUrl: variable(
    'SBER_OAUTH_AUTHORIZE_URL',
    "SberBusiness ID's authorize page (default: the contour's)",
    text,
  ),
  sberOAuthTokenUrl: variable(
    'SBER_OAUTH_TOKEN_URL',
    "SberBusiness ID's token endpoint (default: the contour's)",
    text,
  ),
  sberOAuthClientId: variable(
    'SBER_OAUTH_CLIENT_ID',
    "the portal's client at SberBusiness ID",
    text,
  ),
  sberOAuthClientSecret: variable(
    'SBER_OAUTH_CLIENT_SECRET',
    "the portal's Client Secret at SberBusiness ID",
    text,
  ),
  sberOAuthClientSecretArn: variable(
    'SBER_OAUTH_CLIENT_SECRET_ARN',
    "the portal's Client Secret at SberBusiness ID, by Secrets Manager ARN",
    text,
  ),
  sberOAuthRedirectUri: variable(
    'SBER_OAUTH_REDIRECT_URI',
    'where SberBusiness ID sends a person back to after they authorize the portal',
    text,
  ),
  sberClientCertFile: variable(
    'SBER_CLIENT_CERT_FILE',
    "the bank's mutual TLS client certificate, a PEM file",
    text,
  ),
  sberClientKeyFile: variable('SBER_CLIENT_KEY_FILE', "that certificate's key, a PEM file", text),
  sberCaFile: variable('SBER_CA_FILE', 'the CA to trust for the bank, a PEM file', text),
  sberClientCertificateSecretArn: variable(
    'SBER_CLIENT_CERTIFICATE_SECRET_ARN',
    'the client certificate as one JSON secret {certificate, privateKey, ca?}, by ARN',
    text,
  ),
  bankConnectTimeoutMs: variable(
    'BANK_CONNECT_TIMEOUT_MS',
    "a bank call's connect timeout (default 3,000, fitted to the function)",
    positiveMilliseconds,
  ),
  bankTotalTimeoutMs: variable(
    'BANK_TOTAL_TIMEOUT_MS',
    "a bank call's total timeout (default 10,000, fitted to the function)",
    positiveMilliseconds,
  ),
  functionTimeoutMs: variable(
    'FUNCTION_TIMEOUT_MS',
    "the function's own timeout, which its bank calls must end before (Lambda does not tell it)",
    positiveMilliseconds,
  ),

  // The portal API
  portalJwksUrl: variable(
    'PORTAL_JWKS_URL',
    "the identity provider's keys; unset on Lambda, where API Gateway verifies the JWT",
    text,
  ),
  portalJwtIssuer: variable('PORTAL_JWT_ISSUER', "the people's tokens' issuer", text),
  portalJwtAudience: variable('PORTAL_JWT_AUDIENCE', "the people's tokens' audience", text),
  statusSyncFunctionName: variable(
    'STATUS_SYNC_FUNCTION_NAME',
    'the status sync function the portal API runs for one organisation',
    text,
  ),
  syncRunCooldownSeconds: variable(
    'SYNC_RUN_COOLDOWN_SECONDS',
    "how long an organisation waits between requested sync runs (default: the domain's)",
    integer('a whole number of seconds', 0),
  ),

  // The cards gateway
  gatewayBasePath: variable('GATEWAY_BASE_PATH', 'the path the gateway is served under', text),
  gatewaySigningKey: variable('GATEWAY_SIGNING_KEY', "the gateway's token signing key set", text),
  gatewaySigningKeySecretArn: variable(
    'GATEWAY_SIGNING_KEY_SECRET_ARN',
    "the gateway's token signing key set, by Secrets Manager ARN",
    text,
  ),
  gatewaySigningKeyFile: variable(
    'GATEWAY_SIGNING_KEY_FILE',
    "the gateway's signing key in a file, when no key set is given (the local stack)",
    text,
  ),

  // E-mail (Amazon SES)
  mailFrom: variable(
    'MAIL_FROM',
    "the portal's sender address, of the SES identity; unset, no e-mail is sent",
    text,
  ),
  portalSiteUrl: variable(
    'PORTAL_SITE_URL',
    "the website's origin, for the links in e-mails (https://portal.example.com)",
    text,
  ),

  // The status sync
  statusSyncQueueUrl: variable(
    'STATUS_SYNC_QUEUE_URL',
    'the check queue; unset, the schedule checks in process',
    text,
  ),
  statusSyncCheckTimeoutMs: variable(
    'STATUS_SYNC_CHECK_TIMEOUT_MS',
    'the longest bank call of one check',
    positiveMilliseconds,
  ),

  // Read by Powertools and Node themselves
  powertoolsServiceName: variable(
    'POWERTOOLS_SERVICE_NAME',
    'the `service` of log lines and the dimension of metrics',
    text,
  ),
  powertoolsMetricsNamespace: variable(
    'POWERTOOLS_METRICS_NAMESPACE',
    "the CloudWatch namespace of the apps' metrics",
    text,
  ),
  powertoolsLogLevel: variable('POWERTOOLS_LOG_LEVEL', 'the lowest level logged', text),
  powertoolsLoggerLogEvent: variable(
    'POWERTOOLS_LOGGER_LOG_EVENT',
    'whether events are logged (never: they carry Authorization headers)',
    flag,
  ),
  nodeOptions: variable('NODE_OPTIONS', "Node's own options", text),
} as const;

/** The variables by the name code refers to them with. */
export type EnvironmentVariables = typeof ENVIRONMENT;

/** The value a variable stands for. */
export type ValueOf<Key extends keyof EnvironmentVariables> =
  EnvironmentVariables[Key] extends EnvironmentVariable<infer Value> ? Value : never;

/**
 * The variables of a function as Lambda's `environment` takes them: by their names, as text.
 *
 * @example
 * variablesOf({ portalTableName: table.tableName, functionTimeoutMs: 29_000 });
 * // { PORTAL_TABLE_NAME: '…', FUNCTION_TIMEOUT_MS: '29000' }
 */
export function variablesOf(
  values: {
    readonly [Key in keyof EnvironmentVariables]?: ValueOf<Key>;
  },
): Record<string, string> {
  const written: Record<string, string> = {};
  for (const key of Object.keys(values) as (keyof EnvironmentVariables)[]) {
    const value = values[key];
    if (value !== undefined) written[ENVIRONMENT[key].name] = String(value);
  }
  return written;
}
