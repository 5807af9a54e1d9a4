import { RemovalPolicy } from 'aws-cdk-lib';
import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { type ISecret, Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { acknowledgeOnResource } from '../nag/acknowledge-on-resource.js';
import type { StageName } from '../stage/stage-settings.js';

/** Props of {@link SecretsConstruct}. */
export interface SecretsConstructProps {
  readonly stage: StageName;
}

/**
 * The token vault's key and the credentials issued to us by the bank and the sandbox. Secrets are
 * created with a random placeholder (no value is ever in the template); an operator puts the real
 * value after the first deployment (infra/README.md).
 */
export class SecretsConstruct extends Construct {
  /** The key-encryption key of the token vault's envelope encryption (bank tokens, PKCE verifiers). */
  readonly bankTokenKey: Key;
  /** The portal's Client Secret at SberBusiness ID. */
  readonly bankOAuthClientSecret: Secret;
  /** The client certificate for mutual TLS with the bank: JSON `{ certificate, privateKey, ca? }` in PEM. */
  readonly bankClientCertificate: Secret;
  /**
   * The cards gateway's ES256 token-signing key set, JSON `{current, previous?}` of `{kid,
   * privateKey}` (or a single PKCS#8 PEM); rotated as apps/cards-gateway/README.md describes.
   */
  readonly gatewaySigningKey: Secret;
  /** The cards gateway's Client Secret at the bank sandbox. */
  readonly sandboxOAuthClientSecret: Secret;
  /**
   * The pepper Client Secrets are keyed with (HMAC-SHA-256), read by the portal API and the
   * gateway: generated here, or JSON `{current, previous}` of `{id, key}` after a rotation.
   */
  readonly clientSecretPepper: Secret;

  constructor(scope: Construct, id: string, props: SecretsConstructProps) {
    super(scope, id);
    const prefix = `devportal/${props.stage}`;
    this.bankTokenKey = new Key(this, 'BankTokenKey', {
      description: `Wraps the data keys sealing bank tokens of devportal ${props.stage}`,
      alias: `alias/${prefix}/bank-tokens`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const secret = (secretId: string, name: string, description: string, rotatedBy: string) => {
      const created = new Secret(this, secretId, {
        secretName: `${prefix}/${name}`,
        description,
        removalPolicy: RemovalPolicy.RETAIN,
      });
      acknowledgeOnResource(created, {
        id: 'AwsSolutions-SMG4',
        reason: `Issued outside AWS: ${rotatedBy}; no rotation function can obtain a new value.`,
      });
      return created;
    };
    this.bankOAuthClientSecret = secret(
      'BankOAuthClientSecret',
      'bank-oauth-client-secret',
      "The portal's Client Secret at SberBusiness ID",
      'the bank issues it with the client registration and replaces it on request',
    );
    this.bankClientCertificate = secret(
      'BankClientCertificate',
      'bank-client-certificate',
      'The client certificate and key for mutual TLS with the bank: JSON {certificate, privateKey, ca}',
      'the bank issues the certificate and it is renewed by re-issue before it expires',
    );
    this.gatewaySigningKey = secret(
      'GatewaySigningKey',
      'gateway-signing-key',
      "The cards gateway's ES256 token-signing key set: JSON {current, previous} of {kid, privateKey}, or one PKCS#8 PEM",
      "an operator rotates it with the gateway's rotated-signing-key script; the previous key keeps tokens in flight valid",
    );
    // The one secret whose generated value is the real one: nobody outside needs to know it.
    this.clientSecretPepper = new Secret(this, 'ClientSecretPepper', {
      secretName: `${prefix}/client-secret-pepper`,
      description:
        'The pepper Client Secrets are keyed with: one generated key, or JSON {current, previous} of {id, key}',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledgeOnResource(this.clientSecretPepper, {
      id: 'AwsSolutions-SMG4',
      reason:
        'Rotated by an operator as apps/cards-gateway/README.md describes: the old key stays in previous until no stored hash names it, which a rotation function replacing the value would break.',
    });
    this.sandboxOAuthClientSecret = secret(
      'SandboxOAuthClientSecret',
      'sandbox-oauth-client-secret',
      "The cards gateway's Client Secret at the bank sandbox",
      "the sandbox's client registration issues it",
    );
  }
}

/** Lets `grantee` read the value of each of `secrets`, and nothing else about them. */
export function grantSecretValues(grantee: IGrantable, secrets: readonly ISecret[]): void {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: ['secretsmanager:GetSecretValue'],
      resources: secrets.map((secret) => secret.secretArn),
    }),
  );
}
