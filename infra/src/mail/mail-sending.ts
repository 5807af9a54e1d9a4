import { variablesOf } from '@devportal/runtime/environment-variables';
import { ArnFormat, Stack } from 'aws-cdk-lib';
import { UserPoolEmail } from 'aws-cdk-lib/aws-cognito';
import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import type { AppFunctionDependencies } from '../functions/portal-data-access.js';
import type { DeploymentValues } from '../stage/stage-context.js';

/** What a function that sends e-mail is given beside the portal's data: where its links lead. */
export interface MailingFunctionDependencies extends AppFunctionDependencies {
  /** The website's origin, without a trailing slash. */
  readonly webOrigin: string;
}

/** The variables of a function that sends e-mail: its sender address and the website's origin. */
export function mailEnvironment(deployment: DeploymentValues, webOrigin: string) {
  return variablesOf({ mailFrom: deployment.mailFrom, portalSiteUrl: webOrigin });
}

/** The SES identity (a verified domain or address) of the stage's sender, as an ARN. */
export function sesIdentityArn(scope: Construct, deployment: DeploymentValues): string {
  return Stack.of(scope).formatArn({
    service: 'ses',
    resource: 'identity',
    resourceName: deployment.sesIdentity,
    arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
  });
}

/** Lets `grantee` send e-mail through SES from the stage's identity, and from nothing else. */
export function grantMailSending(
  grantee: IGrantable,
  scope: Construct,
  deployment: DeploymentValues,
): void {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: ['ses:SendEmail'],
      resources: [sesIdentityArn(scope, deployment)],
      conditions: { StringEquals: { 'ses:FromAddress': deployment.mailFrom } },
    }),
  );
}

/**
 * Cognito's own messages (verification codes, password resets) through SES from the stage's
 * sender: Cognito's default sender stops at 50 messages a day.
 */
export function cognitoEmailThroughSes(
  scope: Construct,
  deployment: DeploymentValues,
): UserPoolEmail {
  const domain = deployment.sesIdentity.includes('@') ? undefined : deployment.sesIdentity;
  return UserPoolEmail.withSES({
    fromEmail: deployment.mailFrom,
    fromName: 'Developer portal',
    sesRegion: Stack.of(scope).region,
    ...(domain && { sesVerifiedDomain: domain }),
  });
}
