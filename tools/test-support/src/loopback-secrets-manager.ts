import { type AwsJsonAnswer, awsJsonError } from './aws-json-answer.js';

/**
 * Secrets Manager's `GetSecretValue` on secrets held in memory, for a loopback stand-in speaking
 * the JSON 1.1 protocol (`X-Amz-Target: secretsmanager.GetSecretValue`). A secret can be rotated
 * ({@link put}) while callers run, to see who reads the new value when.
 */
export class LoopbackSecretsManager {
  private readonly secrets = new Map<string, { value: string; version: number }>();

  constructor(secrets: Readonly<Record<string, string>> = {}) {
    for (const [arn, value] of Object.entries(secrets)) this.put(arn, value);
  }

  /** Stores `value` as the current version of the secret `arn`. */
  put(arn: string, value: string): void {
    const version = (this.secrets.get(arn)?.version ?? 0) + 1;
    this.secrets.set(arn, { value, version });
  }

  /** Answers `operation` (the target's part after `secretsmanager.`) with `input`. */
  handle(operation: string, input: Readonly<Record<string, unknown>>): AwsJsonAnswer {
    if (operation !== 'GetSecretValue') {
      return awsJsonError('InvalidRequestException', `${operation} is not served here`);
    }
    const arn = String(input.SecretId);
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
        SecretString: secret.value,
        VersionId: `v${secret.version}`,
        VersionStages: ['AWSCURRENT'],
      },
    };
  }
}
