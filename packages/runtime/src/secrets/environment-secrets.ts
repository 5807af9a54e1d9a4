import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import {
  type AwsClientInstrumentation,
  type Environment,
  optionalVariable,
  uninstrumented,
} from '../environment.js';
import type { EnvironmentVariable } from '../environment-variables.js';

/** Where one secret is found: its value in a variable, or its ARN in another. */
export interface SecretVariables {
  /**
   * The variable holding the value itself (the local stack and tests), e.g.
   * `ENVIRONMENT.sberOAuthClientSecret`; none for a secret read only from Secrets Manager.
   */
  readonly value?: EnvironmentVariable;
  /** The variable holding the Secrets Manager ARN (AWS), e.g. `ENVIRONMENT.sberOAuthClientSecretArn`. */
  readonly arn: EnvironmentVariable;
}

/** Told when a refresh failed and the last value read is served instead; names the ARN only. */
export type SecretRefreshFailureReporter = (arn: string, error: unknown) => void;

/** How long a secret read from Secrets Manager is served before the next use reads it again. */
export const SECRET_TTL_MS = 5 * 60_000;

/**
 * How long a failed refresh keeps serving the last value before the next use tries again, so an
 * outage of Secrets Manager costs one failed read per environment per half minute, not per call.
 */
const FAILED_REFRESH_BACKOFF_MS = 30_000;

/** One ARN's last value and when it was read (or last failed to refresh). */
interface HeldSecret {
  value: string;
  freshUntilMs: number;
}

/**
 * A deployable's secrets: a plain variable when it is set (the local stack, tests), else the
 * Secrets Manager secret its ARN variable names. A secret read by ARN is served from memory for
 * its TTL (5 minutes), so warm invocations rarely wait for Secrets Manager and a rotated value
 * reaches every environment within the TTL. There is no timer: the first use after the TTL reads
 * again (one read at a time per ARN). A failed first read is not kept, so the next use tries
 * again; a failed refresh keeps serving the last value, tells `onRefreshFailure`, and tries again
 * half a minute later.
 *
 * @example
 * const secrets = new EnvironmentSecrets(process.env);
 * const clientSecret = await secrets.required(SBER_OAUTH_CLIENT_SECRET);
 */
export class EnvironmentSecrets {
  private readonly held = new Map<string, HeldSecret>();
  private readonly reading = new Map<string, Promise<string>>();
  private client: SecretsManagerClient | undefined;
  private readonly instrument: AwsClientInstrumentation;
  private readonly ttlMs: number;
  private readonly now: () => number;
  private readonly onRefreshFailure: SecretRefreshFailureReporter;

  /**
   * @param env the deployable's environment variables.
   * @param options.client the Secrets Manager client (e.g. pointed at a test server); by default
   *   one is created on the first ARN read, so the local stack never builds one.
   * @param options.instrument wraps the client it creates.
   * @param options.ttlMs how long a value read by ARN is served (default {@link SECRET_TTL_MS}).
   * @param options.now the clock, epoch milliseconds (tests).
   * @param options.onRefreshFailure told when a refresh failed (default: a JSON line on stderr).
   */
  constructor(
    readonly env: Environment,
    options: {
      client?: SecretsManagerClient;
      instrument?: AwsClientInstrumentation;
      ttlMs?: number;
      now?: () => number;
      onRefreshFailure?: SecretRefreshFailureReporter;
    } = {},
  ) {
    this.client = options.client;
    this.instrument = options.instrument ?? uninstrumented;
    this.ttlMs = options.ttlMs ?? SECRET_TTL_MS;
    this.now = options.now ?? Date.now;
    this.onRefreshFailure = options.onRefreshFailure ?? reportOnStderr;
  }

  /** The secret's value, or `undefined` when neither variable is set. */
  async optional(variables: SecretVariables): Promise<string | undefined> {
    const source = this.sourceOf(variables);
    if (source === undefined || 'value' in source) return source?.value;
    const held = this.held.get(source.arn);
    if (held && held.freshUntilMs > this.now()) return held.value;
    return this.read(source.arn);
  }

  /** The secret's value; throws naming both variables when neither is set. */
  async required(variables: SecretVariables): Promise<string> {
    const value = await this.optional(variables);
    if (value === undefined) throw unsetError(variables);
    return value;
  }

  /**
   * The secret read again now, whatever its TTL (e.g. when a value signed elsewhere names a key
   * this environment has not seen yet); callers limit how often they ask. A plain variable is
   * returned as it is.
   */
  async reread(variables: SecretVariables): Promise<string | undefined> {
    const source = this.sourceOf(variables);
    if (source === undefined || 'value' in source) return source?.value;
    return this.read(source.arn);
  }

  /**
   * One required secret as a key set reads it: `read` through the TTL, `reread` at once (when a
   * value names a key this environment has not seen yet).
   */
  keySource(variables: SecretVariables): {
    read(): Promise<string>;
    reread(): Promise<string>;
  } {
    return {
      read: () => this.required(variables),
      reread: async () => (await this.reread(variables)) ?? this.required(variables),
    };
  }

  private sourceOf(
    variables: SecretVariables,
  ): { readonly value: string } | { readonly arn: string } | undefined {
    const value = variables.value && optionalVariable(this.env, variables.value);
    if (value !== undefined) return { value };
    const arn = optionalVariable(this.env, variables.arn);
    return arn === undefined ? undefined : { arn };
  }

  /** One read of `arn` at a time; a failure falls back to the last value when there is one. */
  private read(arn: string): Promise<string> {
    let reading = this.reading.get(arn);
    if (!reading) {
      reading = this.fetch(arn).then(
        (value) => {
          this.reading.delete(arn);
          this.held.set(arn, { value, freshUntilMs: this.now() + this.ttlMs });
          return value;
        },
        (error: unknown) => {
          this.reading.delete(arn);
          const last = this.held.get(arn);
          if (!last) throw error;
          this.onRefreshFailure(arn, error);
          last.freshUntilMs = this.now() + Math.min(this.ttlMs, FAILED_REFRESH_BACKOFF_MS);
          return last.value;
        },
      );
      this.reading.set(arn, reading);
    }
    return reading;
  }

  private async fetch(arn: string): Promise<string> {
    this.client ??= this.instrument(new SecretsManagerClient({}));
    const answer = await this.client.send(new GetSecretValueCommand({ SecretId: arn }));
    // The error names the ARN only: the secret's content never reaches a message or a log.
    if (answer.SecretString === undefined) throw new Error(`The secret ${arn} has no string value`);
    return answer.SecretString;
  }
}

function unsetError(variables: SecretVariables): Error {
  const names = variables.value === undefined ? '' : `${variables.value.name} or `;
  return new Error(`Set the environment variable ${names}${variables.arn.name}`);
}

const reportOnStderr: SecretRefreshFailureReporter = (arn, error) => {
  // The error's name and message only, which name the ARN and never the secret's value.
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  process.stderr.write(
    `${JSON.stringify({ level: 'warn', event: 'secret_refresh_failed', arn, error: detail })}\n`,
  );
};
