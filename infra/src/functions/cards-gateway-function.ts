import { variablesOf } from '@devportal/runtime/environment-variables';
import { Duration } from 'aws-cdk-lib';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { TABLE_ACTIONS } from '../data/table-access.js';
import {
  grantMailSending,
  type MailingFunctionDependencies,
  mailEnvironment,
} from '../mail/mail-sending.js';
import { grantSecretValues } from '../secrets/secrets-construct.js';
import { lambdaEntryOf } from './app-entry.js';
import { AppFunction } from './app-function.js';
import { bankContourEnvironment, grantBankContours } from './bank-contours.js';
import { grantPortalData, portalDataEnvironment } from './portal-data-access.js';

/** The HTTP API gives up on an integration after 30 s. */
const CARDS_GATEWAY_TIMEOUT = Duration.seconds(29);

/**
 * `apps/cards-gateway`: partner applications' token endpoint and the bank's operations behind
 * plans. Reads applications, plans and tokens; writes usage, quota, limit-change records and
 * refreshed bank tokens. Reaches the sandbox with its own OAuth client and the bank over mutual TLS.
 */
export class CardsGatewayFunction extends AppFunction {
  constructor(scope: Construct, id: string, props: MailingFunctionDependencies) {
    const { settings, data, secrets } = props;
    super(scope, id, {
      settings,
      entry: lambdaEntryOf('@devportal/cards-gateway'),
      serviceName: 'cards-gateway',
      description: "Partner applications' gateway to the bank's business-cards API",
      // Client Secrets are checked with a keyed hash (microseconds), the bank's answers streamed:
      // nothing here needs memory, and the CPU share that comes with it buys no speed.
      memorySize: 512,
      timeout: CARDS_GATEWAY_TIMEOUT,
      environment: {
        ...portalDataEnvironment(data, secrets),
        ...bankContourEnvironment(settings, secrets),
        ...mailEnvironment(settings.deployment, props.webOrigin),
        ...variablesOf({
          gatewaySigningKeySecretArn: secrets.gatewaySigningKey.secretArn,
          clientSecretPepperSecretArn: secrets.clientSecretPepper.secretArn,
          // The gateway checks at start that its bank exchanges end before its own timeout.
          functionTimeoutMs: CARDS_GATEWAY_TIMEOUT.toMilliseconds(),
          bankConnectTimeoutMs: settings.cardsGateway.bankConnectTimeoutMs,
          bankTotalTimeoutMs: settings.cardsGateway.bankTotalTimeoutMs,
        }),
      },
    });
    // Reserved, and so capped, per stage (CardsGatewayCapacity says why).
    (this.handler.node.defaultChild as CfnFunction).reservedConcurrentExecutions =
      settings.cardsGateway.reservedConcurrency;
    grantPortalData(this, data, secrets, [...TABLE_ACTIONS.read, ...TABLE_ACTIONS.write]);
    grantSecretValues(this.role, [secrets.gatewaySigningKey, secrets.clientSecretPepper]);
    grantBankContours(this.role, secrets);
    grantMailSending(this.role, this, settings.deployment);
  }
}
