import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import { DataKeyCache, type KeyEncryptionPort } from '@devportal/portal-domain';
import { KmsKeyEncryption, LocalKeyFileEncryption } from '@devportal/portal-dynamodb';
import { ENVIRONMENT, type EnvironmentVariable } from './environment-variables.js';

/** A deployable's environment variables (`process.env` on Lambda and Node). */
export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Wraps each AWS SDK client a deployable creates (a tracer's capture, a call counter); the
 * identity where nothing is wanted, the Lambda bundles included (see `powertools`).
 */
export type AwsClientInstrumentation = <Client extends object>(client: Client) => Client;

/** Leaves a client as it is (the local stack, tests). */
export const uninstrumented: AwsClientInstrumentation = (client) => client;

/**
 * The value of `variable`, or `undefined` when it is unset or empty; throws naming the variable
 * and what it must be when its text is not a value.
 */
export function optionalVariable<Value>(
  env: Environment,
  variable: EnvironmentVariable<Value>,
): Value | undefined {
  const text = env[variable.name];
  if (text === undefined || text === '') return undefined;
  const value = variable.parse(text);
  if (value === undefined) {
    throw new Error(`Set ${variable.name} to ${variable.expected}, not ${text}`);
  }
  return value;
}

/** The value of `variable`; throws naming the variable when it is unset or empty. */
export function requiredVariable<Value>(
  env: Environment,
  variable: EnvironmentVariable<Value>,
): Value {
  const value = optionalVariable(env, variable);
  if (value === undefined) throw new Error(`Set the environment variable ${variable.name}`);
  return value;
}

/**
 * The key that wraps the data keys of sealed bank tokens and secrets: a local key file (the local
 * stack) or else a KMS key (AWS). KMS's
 * opened data keys are cached per environment (`DataKeyCache`: 5 minutes, 10,000 uses), so a
 * production call opening the organisation's sealed bank token does not cost a `Decrypt` each time.
 */
export async function keyEncryptionFromEnvironment(
  env: Environment,
  instrument: AwsClientInstrumentation = uninstrumented,
): Promise<KeyEncryptionPort> {
  const keyFile = optionalVariable(env, ENVIRONMENT.bankTokenKeyFile);
  if (keyFile !== undefined) return LocalKeyFileEncryption.open(keyFile);
  return new DataKeyCache(
    new KmsKeyEncryption(
      instrument(new KMSClient({})),
      requiredVariable(env, ENVIRONMENT.bankTokenKeyArn),
    ),
  );
}

/**
 * The portal's table: its client (at the DynamoDB endpoint when one is set, the local stack; AWS's
 * otherwise) and the name of the table the environment gives.
 */
export function portalTableFromEnvironment(
  env: Environment,
  instrument: AwsClientInstrumentation = uninstrumented,
): { readonly dynamoDb: DynamoDBClient; readonly tableName: string } {
  const endpoint = optionalVariable(env, ENVIRONMENT.dynamoDbEndpoint);
  return {
    dynamoDb: instrument(new DynamoDBClient(endpoint ? { endpoint } : {})),
    tableName: requiredVariable(env, ENVIRONMENT.portalTableName),
  };
}
