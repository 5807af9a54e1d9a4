import { variablesOf } from '@devportal/runtime/environment-variables';
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
  return variablesOf({
    sandboxApiUrl: deployment.sandboxApiUrl,
    sandboxOAuthClientId: deployment.sandboxOAuthClientId,
    sandboxOAuthClientSecretArn: secrets.sandboxOAuthClientSecret.secretArn,
    sberApiUrl: bankServers[settings.bankContour],
    sberClientCertificateSecretArn: secrets.bankClientCertificate.secretArn,
    sberOAuthTokenUrl: sberOAuthEndpoints[settings.bankContour].tokenUrl,
    sberOAuthClientId: deployment.bankOAuthClientId,
    sberOAuthClientSecretArn: secrets.bankOAuthClientSecret.secretArn,
  });
}

/** Lets `grantee` read the credentials of both contours named by {@link bankContourEnvironment}. */
export function grantBankContours(grantee: IGrantable, secrets: SecretsConstruct): void {
  grantSecretValues(grantee, [
    secrets.sandboxOAuthClientSecret,
    secrets.bankClientCertificate,
    secrets.bankOAuthClientSecret,
  ]);
}
