import { type AwsJsonAnswer, awsJsonError } from './aws-json-answer.js';

/** A secret's value: a string, or bytes (Secrets Manager's `SecretBinary`). */
export type LoopbackSecretValue = string | Uint8Array;

/**
 * Secrets Manager's `GetSecretValue` on secrets held in memory, for a loopback stand-in speaking
 * the JSON 1.1 protocol (`X-Amz-Target: secretsmanager.GetSecretValue`): the lifecycle harness's
 * AWS endpoint, or {@link serveSecretsManager} on a port of its own. A secret can be rotated
 * ({@link put}) or removed while callers run, to see who reads the new value when.
 */
export class LoopbackSecretsManager {
  private readonly secrets = new Map<string, { value: LoopbackSecretValue; version: number }>();
  /** The `SecretId` of every `GetSecretValue`, oldest first (empty it between a test's steps). */
  readonly reads: string[] = [];

  constructor(secrets: Readonly<Record<string, LoopbackSecretValue>> = {}) {
    for (const [arn, value] of Object.entries(secrets)) this.put(arn, value);
  }

  /** Stores `value` as the current version of the secret `arn`. */
  put(arn: string, value: LoopbackSecretValue): void {
    const version = (this.secrets.get(arn)?.version ?? 0) + 1;
    this.secrets.set(arn, { value, version });
  }

  /** Removes the secret `arn`: reads of it fail as for an ARN never stored, until the next put. */
  remove(arn: string): void {
    this.secrets.delete(arn);
  }

  /** The current value of the secret `arn`. */
  current(arn: string): LoopbackSecretValue | undefined {
    return this.secrets.get(arn)?.value;
  }

  /** Answers `operation` (the target's part after `secretsmanager.`) with `input`. */
  handle(operation: string, input: Readonly<Record<string, unknown>>): AwsJsonAnswer {
    if (operation !== 'GetSecretValue') {
      return awsJsonError('InvalidRequestException', `${operation} is not served here`);
    }
    const arn = String(input.SecretId);
    this.reads.push(arn);
    const secret = this.secrets.get(arn);
    if (!secret) {
      return awsJsonError(
        'ResourceNotFoundException',
        "Secrets Manager can't find the specified secret.",
      );
    }
    return {
      status: 200,
      body: {
        ARN: arn,
        Name: arn.split(':').at(-1),
        ...(typeof secret.value === 'string'
          ? { SecretString: secret.value }
          : { SecretBinary: Buffer.from(secret.value).toString('base64') }),
        VersionId: `v${secret.version}`,
        VersionStages: ['AWSCURRENT'],
      },
    };
  }
}
