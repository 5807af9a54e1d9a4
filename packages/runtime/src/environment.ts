import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import { DataKeyCache, type KeyEncryptionPort } from '@devportal/portal-domain';
import { KmsKeyEncryption, LocalKeyFileEncryption } from '@devportal/portal-dynamodb';

/** A deployable's environment variables (`process.env` on Lambda and Node). */
export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Wraps each AWS SDK client a deployable creates, e.g. Powertools Tracer's `captureAWSv3Client`
 * on Lambda, so every call shows in the trace; the identity elsewhere.
 */
export type AwsClientInstrumentation = <Client extends object>(client: Client) => Client;

/** Leaves a client as it is (the local stack, tests). */
export const uninstrumented: AwsClientInstrumentation = (client) => client;

/** The value of `name`; throws naming the variable when it is unset or empty. */
export function requiredVariable(env: Environment, name: string): string {
  const value = env[name];
  if (value === undefined || value === '') throw new Error(`Set the environment variable ${name}`);
  return value;
}

/**
 * The key that wraps the data keys of sealed bank tokens and secrets: a local key file
 * (`BANK_TOKEN_KEY_FILE`, the local stack) or else a KMS key (`BANK_TOKEN_KEY_ARN`, AWS). KMS's
 * opened data keys are cached per environment (`DataKeyCache`: 5 minutes, 10,000 uses), so a
 * production call opening the organisation's sealed bank token does not cost a `Decrypt` each time.
 */
export async function keyEncryptionFromEnvironment(
  env: Environment,
  instrument: AwsClientInstrumentation = uninstrumented,
): Promise<KeyEncryptionPort> {
  const keyFile = env.BANK_TOKEN_KEY_FILE;
  if (keyFile !== undefined) return LocalKeyFileEncryption.open(keyFile);
  return new DataKeyCache(
    new KmsKeyEncryption(
      instrument(new KMSClient({})),
      requiredVariable(env, 'BANK_TOKEN_KEY_ARN'),
    ),
  );
}

/**
 * The portal's table: its client (at `DYNAMODB_ENDPOINT` when set, the local stack; AWS's
 * otherwise) and its name, `PORTAL_TABLE_NAME`.
 */
export function portalTableFromEnvironment(
  env: Environment,
  instrument: AwsClientInstrumentation = uninstrumented,
): { readonly dynamoDb: DynamoDBClient; readonly tableName: string } {
  const endpoint = env.DYNAMODB_ENDPOINT;
  return {
    dynamoDb: instrument(new DynamoDBClient(endpoint ? { endpoint } : {})),
    tableName: requiredVariable(env, 'PORTAL_TABLE_NAME'),
  };
}
