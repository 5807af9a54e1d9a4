import { generateKeyPairSync } from 'node:crypto';
import { lambdaEntryOf } from '@devportal/lambda-lifecycle';
import { variablesOf } from '@devportal/runtime/environment-variables';

/** One Lambda handler of `apps/`: where its module is and the variables it needs to build itself. */
export interface LambdaHandler {
  /** The app's package name without the scope, e.g. `cards-gateway`. */
  readonly name: string;
  /** Its `src/lambda.ts`, resolved through the package's `./lambda` export as infra resolves it. */
  readonly entry: string;
  readonly environment: Readonly<Record<string, string>>;
}

/**
 * What Lambda and the stack would set, with dummy values: importing a handler builds its
 * dependencies (SDK clients, contours, the gateway's signing key) but calls nothing, so no value
 * is ever sent anywhere. Secrets the stack passes by ARN are given by value, as the apps read
 * them today (infra/README.md, "The apps' side").
 */
const COMMON = {
  AWS_REGION: 'eu-central-1',
  ...variablesOf({
    portalTableName: 'devportal-bench',
    bankTokenKeyArn: 'arn:aws:kms:eu-central-1:111111111111:key/bench',
  }),
};

/** The Client Secret pepper the portal API and the gateway both read. */
const CLIENT_SECRET_PEPPER = variablesOf({
  clientSecretPepper: 'bench-client-secret-pepper-of-at-least-32-bytes',
});

/** The bank's OAuth client, which the portal API and both contours' production side read. */
const BANK_OAUTH_CLIENT = variablesOf({
  sberOAuthClientId: 'bench-bank-client',
  sberOAuthClientSecret: 'bench-bank-secret',
});

const BANK_CONTOURS = {
  ...variablesOf({
    sandboxApiUrl: 'https://sandbox.example.invalid/fintech/api',
    sandboxOAuthClientId: 'bench-sandbox-client',
    sandboxOAuthClientSecret: 'bench-sandbox-secret',
    sberApiUrl: 'https://fintech.example.invalid:9443/fintech/api',
  }),
  ...BANK_OAUTH_CLIENT,
};

function gatewaySigningKeyPem(): string {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** The three handlers infra deploys, in the order its README lists them. */
export function lambdaHandlers(): LambdaHandler[] {
  return [
    {
      name: 'portal-api',
      entry: lambdaEntryOf('portal-api'),
      environment: {
        ...COMMON,
        ...BANK_OAUTH_CLIENT,
        ...variablesOf({
          sberOAuthRedirectUri: 'https://web.example.invalid/bank-connection/callback',
          statusSyncFunctionName: 'devportal-bench-status-sync',
        }),
        ...CLIENT_SECRET_PEPPER,
      },
    },
    {
      name: 'cards-gateway',
      entry: lambdaEntryOf('cards-gateway'),
      environment: {
        ...COMMON,
        ...BANK_CONTOURS,
        ...variablesOf({ gatewaySigningKey: gatewaySigningKeyPem() }),
        ...CLIENT_SECRET_PEPPER,
      },
    },
    {
      name: 'status-sync',
      entry: lambdaEntryOf('status-sync'),
      environment: { ...COMMON, ...BANK_CONTOURS },
    },
  ];
}
