import { generateKeyPairSync } from 'node:crypto';
import { lambdaEntryOf } from '@devportal/lambda-lifecycle';

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
  PORTAL_TABLE_NAME: 'devportal-bench',
  BANK_TOKEN_KEY_ARN: 'arn:aws:kms:eu-central-1:111111111111:key/bench',
};

/** The Client Secret pepper the portal API and the gateway both read. */
const CLIENT_SECRET_PEPPER = 'bench-client-secret-pepper-of-at-least-32-bytes';

const BANK_CONTOURS = {
  SANDBOX_API_URL: 'https://sandbox.example.invalid/fintech/api',
  SANDBOX_OAUTH_CLIENT_ID: 'bench-sandbox-client',
  SANDBOX_OAUTH_CLIENT_SECRET: 'bench-sandbox-secret',
  SBER_API_URL: 'https://fintech.example.invalid:9443/fintech/api',
  SBER_OAUTH_CLIENT_ID: 'bench-bank-client',
  SBER_OAUTH_CLIENT_SECRET: 'bench-bank-secret',
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
        SBER_OAUTH_CLIENT_ID: 'bench-bank-client',
        SBER_OAUTH_CLIENT_SECRET: 'bench-bank-secret',
        SBER_OAUTH_REDIRECT_URI: 'https://web.example.invalid/bank-connection/callback',
        STATUS_SYNC_FUNCTION_NAME: 'devportal-bench-status-sync',
        CLIENT_SECRET_PEPPER,
      },
    },
    {
      name: 'cards-gateway',
      entry: lambdaEntryOf('cards-gateway'),
      environment: {
        ...COMMON,
        ...BANK_CONTOURS,
        GATEWAY_SIGNING_KEY: gatewaySigningKeyPem(),
        CLIENT_SECRET_PEPPER,
      },
    },
    {
      name: 'status-sync',
      entry: lambdaEntryOf('status-sync'),
      environment: { ...COMMON, ...BANK_CONTOURS },
    },
  ];
}
