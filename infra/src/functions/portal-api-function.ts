import { variablesOf } from '@devportal/runtime/environment-variables';
import { Duration } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { TABLE_ACTIONS } from '../data/table-access.js';
import { grantMailSending } from '../mail/mail-sending.js';
import { grantSecretValues } from '../secrets/secrets-construct.js';
import { lambdaEntryOf } from './app-entry.js';
import { AppFunction } from './app-function.js';
import {
  type AppFunctionDependencies,
  grantPortalData,
  portalDataEnvironment,
} from './portal-data-access.js';

/**
 * The website's page SberBusiness ID sends the person back to after they authorize the portal; it
 * posts the code and state to the API with the person's token (spec/portal.yaml).
 */
const BANK_CALLBACK_PAGE = '/bank-connection/callback';

/** Props of {@link PortalApiFunction}. */
export interface PortalApiFunctionProps extends AppFunctionDependencies {
  /** The status sync, which the portal API runs for one organisation on request. */
  readonly statusSync: AppFunction;
  /** The website's origin, without a trailing slash: the bank's redirect comes back to it. */
  readonly webOrigin: string;
}

/**
 * `apps/portal-api`: the portal's HTTPS API for people. The only function that deletes in batches
 * (organisations, applications), reads a person's organisations in one batch, and starts the
 * status sync.
 */
export class PortalApiFunction extends AppFunction {
  constructor(scope: Construct, id: string, props: PortalApiFunctionProps) {
    const { settings, data, secrets, statusSync } = props;
    super(scope, id, {
      settings,
      entry: lambdaEntryOf('@devportal/portal-api'),
      serviceName: 'portal-api',
      description: "The developer portal's API for people",
      // New Client Secrets get a keyed hash (microseconds): no KDF left to buy CPU for.
      memorySize: 512,
      // The HTTP API gives up on an integration after 30 s.
      timeout: Duration.seconds(29),
      environment: {
        ...portalDataEnvironment(data, secrets),
        ...variablesOf({
          sberContour: settings.bankContour,
          sberOAuthClientId: settings.deployment.bankOAuthClientId,
          sberOAuthClientSecretArn: secrets.bankOAuthClientSecret.secretArn,
          sberClientCertificateSecretArn: secrets.bankClientCertificate.secretArn,
          sberOAuthRedirectUri: `${props.webOrigin}${BANK_CALLBACK_PAGE}`,
          statusSyncFunctionName: statusSync.handler.functionName,
          clientSecretPepperSecretArn: secrets.clientSecretPepper.secretArn,
          mailFrom: settings.deployment.mailFrom,
          portalSiteUrl: props.webOrigin,
        }),
      },
    });
    grantPortalData(this, data, secrets, Object.values(TABLE_ACTIONS).flat());
    grantSecretValues(this.role, [
      secrets.bankOAuthClientSecret,
      secrets.bankClientCertificate,
      secrets.clientSecretPepper,
    ]);
    grantMailSending(this.role, this, settings.deployment);
    // The function itself, not its versions or aliases: the sync is invoked unqualified.
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['lambda:InvokeFunction'],
        resources: [statusSync.handler.functionArn],
      }),
    );
  }
}
