import { bankServers, sberOAuthEndpoints } from '@devportal/sber-client';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import { grantSecretValues, type SecretsConstruct } from '../secrets/secrets-construct.js';
import type { StageSettings } from '../stage/stage-context.js';

/**
 * The variables `@devportal/bank-access` reads to reach both contours, shared by the cards gateway
 * and the status sync so that both reach a document through the same contour: the sandbox's
 * shared demo organisation, and the bank (the stage's contour, hosts from `@devportal/sber-client`)
 * with the organisations' own tokens over mutual TLS.
 */
export function bankContourEnvironment(settings: StageSettings, secrets: SecretsConstruct) {
  const { deployment } = settings;
  return {
    SANDBOX_API_URL: deployment.sandboxApiUrl,
    SANDBOX_OAUTH_CLIENT_ID: deployment.sandboxOAuthClientId,
    SANDBOX_OAUTH_CLIENT_SECRET_ARN: secrets.sandboxOAuthClientSecret.secretArn,
    SBER_API_URL: bankServers[settings.bankContour],
    SBER_CLIENT_CERTIFICATE_SECRET_ARN: secrets.bankClientCertificate.secretArn,
    SBER_OAUTH_TOKEN_URL: sberOAuthEndpoints[settings.bankContour].tokenUrl,
    SBER_OAUTH_CLIENT_ID: deployment.bankOAuthClientId,
    SBER_OAUTH_CLIENT_SECRET_ARN: secrets.bankOAuthClientSecret.secretArn,
  };
}

/** Lets `grantee` read the credentials of both contours named by {@link bankContourEnvironment}. */
export function grantBankContours(grantee: IGrantable, secrets: SecretsConstruct): void {
  grantSecretValues(grantee, [
    secrets.sandboxOAuthClientSecret,
    secrets.bankClientCertificate,
    secrets.bankOAuthClientSecret,
  ]);
}
