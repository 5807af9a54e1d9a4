import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  UserPool,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { cognitoEmailThroughSes } from '../mail/mail-sending.js';
import { acknowledgeOnResource } from '../nag/acknowledge-on-resource.js';
import type { StageSettings } from '../stage/stage-context.js';

/**
 * The group whose members are bank platform operators: the portal API reads it from the token's
 * `cognito:groups` (apps/portal-api, `OPERATORS_GROUP`).
 */
export const OPERATORS_GROUP = 'operators';

/** Props of {@link IdentityConstruct}. */
export interface IdentityConstructProps {
  readonly settings: StageSettings;
}

/**
 * People's identities: a Cognito user pool with self sign-up, verified e-mail addresses as user
 * names, a strong password policy and TOTP multi-factor authentication on offer, and the web
 * portal's public client (no client secret: it runs in a browser).
 */
export class IdentityConstruct extends Construct {
  readonly userPool: UserPool;
  /** The web portal's client; its id is the audience the API's JWT authorizer accepts. */
  readonly webClient: UserPoolClient;

  constructor(scope: Construct, id: string, props: IdentityConstructProps) {
    super(scope, id);
    const { settings } = props;
    this.userPool = new UserPool(this, 'UserPool', {
      userPoolName: `devportal-${settings.name}`,
      selfSignUpEnabled: true,
      signInAliases: { email: true },
      autoVerify: { email: true },
      keepOriginal: { email: true },
      standardAttributes: {
        email: { required: true, mutable: true },
        fullname: { required: true, mutable: true },
      },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      // An authenticator app's TOTP (no SMS role needed), offered but not yet required: the web
      // portal does not answer MFA challenges yet.
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      email: cognitoEmailThroughSes(this, settings.deployment),
      featurePlan: settings.threatProtection ? FeaturePlan.PLUS : FeaturePlan.ESSENTIALS,
      ...(settings.threatProtection && {
        standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      }),
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledgeOnResource(this.userPool, {
      id: 'AwsSolutions-COG2',
      reason:
        'apps/portal-web signs in with USER_PASSWORD_AUTH and reads the tokens from the answer: it cannot answer an MFA challenge yet. TOTP is offered; require it once the web portal does.',
    });
    if (!settings.threatProtection) {
      acknowledgeOnResource(this.userPool, {
        id: 'AwsSolutions-COG8',
        reason: `The ${settings.name} stage holds test accounts only; the Plus tier's threat protection is paid for in prod.`,
      });
    }
    this.userPool.addGroup('Operators', {
      groupName: OPERATORS_GROUP,
      description: 'Bank platform operators: review access requests',
    });
    this.webClient = this.userPool.addClient('WebPortalClient', {
      userPoolClientName: 'web-portal',
      generateSecret: false,
      // The web portal calls Cognito's API from the browser with USER_PASSWORD_AUTH
      // (apps/portal-web): the password goes to Cognito over TLS, never to our API.
      authFlows: { userPassword: true },
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
    });
  }
}
