import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { type AwsClientInstrumentation, type Environment, uninstrumented } from '../environment.js';

/** Where one secret is found: its value in a variable, or its ARN in another. */
export interface SecretVariables {
  /**
   * The variable holding the value itself (the local stack and tests), e.g.
   * `SBER_OAUTH_CLIENT_SECRET`; none for a secret read only from Secrets Manager.
   */
  readonly value?: string;
  /** The variable holding the Secrets Manager ARN (AWS), e.g. `SBER_OAUTH_CLIENT_SECRET_ARN`. */
  readonly arn: string;
}

/**
 * A deployable's secrets: a plain variable when it is set (the local stack, tests), else the
 * Secrets Manager secret its ARN variable names. Each secret is asked for once per instance (one
 * instance per cold start), so warm invocations never wait for Secrets Manager; a failed read is
 * not cached, so the next cold start (or call) tries again.
 *
 * @example
 * const secrets = new EnvironmentSecrets(process.env);
 * const clientSecret = await secrets.required({ value: 'SBER_OAUTH_CLIENT_SECRET', arn: 'SBER_OAUTH_CLIENT_SECRET_ARN' });
 */
export class EnvironmentSecrets {
  private readonly read = new Map<string, Promise<string>>();
  private client: SecretsManagerClient | undefined;
  private readonly instrument: AwsClientInstrumentation;

  /**
   * @param env the deployable's environment variables.
   * @param options.client the Secrets Manager client (e.g. pointed at a test server); by default
   *   one is created on the first ARN read, so the local stack never builds one.
   * @param options.instrument wraps the client it creates (Powertools Tracer on Lambda).
   */
  constructor(
    readonly env: Environment,
    options: { client?: SecretsManagerClient; instrument?: AwsClientInstrumentation } = {},
  ) {
    this.client = options.client;
    this.instrument = options.instrument ?? uninstrumented;
  }

  /** The secret's value, or `undefined` when neither variable is set. */
  async optional(variables: SecretVariables): Promise<string | undefined> {
    const value = variables.value === undefined ? undefined : this.env[variables.value];
    if (value !== undefined && value !== '') return value;
    const arn = this.env[variables.arn];
    if (arn === undefined || arn === '') return undefined;
    return this.secretString(arn);
  }

  /** The secret's value; throws naming both variables when neither is set. */
  async required(variables: SecretVariables): Promise<string> {
    const value = await this.optional(variables);
    if (value === undefined) {
      const names = variables.value === undefined ? '' : `${variables.value} or `;
      throw new Error(`Set the environment variable ${names}${variables.arn}`);
    }
    return value;
  }

  private secretString(arn: string): Promise<string> {
    let reading = this.read.get(arn);
    if (!reading) {
      this.client ??= this.instrument(new SecretsManagerClient({}));
      reading = this.client.send(new GetSecretValueCommand({ SecretId: arn })).then((answer) => {
        // The error names the ARN only: the secret's content never reaches a message or a log.
        if (answer.SecretString === undefined)
          throw new Error(`The secret ${arn} has no string value`);
        return answer.SecretString;
      });
      reading.catch(() => this.read.delete(arn));
      this.read.set(arn, reading);
    }
    return reading;
  }
}
