import type { KeyedSecretHash } from './client-secret-hasher.js';

/** One Client Secret of an application, as stored (its keyed hash, never the secret). */
export interface StoredClientSecret {
  readonly id: string;
  readonly hash: KeyedSecretHash;
  readonly createdAt: string;
  /** Updated at most once a minute by client-credentials verification. */
  readonly lastUsedAt?: string;
  /** Set on the previous secret by a re-issue: it stops working at this instant. */
  readonly expiresAt?: string;
}

/** An application of an organisation: its public Client ID and its secrets. */
export interface Application {
  readonly id: string;
  readonly organisationId: string;
  readonly name: string;
  readonly description?: string;
  /** Public and random: it names the application to the gateway. */
  readonly clientId: string;
  readonly createdAt: string;
  readonly updatedAt?: string;
  /** At most two: the current secret and, during a re-issue overlap, the previous one. */
  readonly secrets: readonly StoredClientSecret[];
  /** Optimistic-concurrency counter: changes are conditioned on the version read. */
  readonly version: number;
}

/** What is shown of a Client Secret (the contract's `SecretInfo`). */
export interface SecretInfo {
  readonly id: string;
  readonly createdAt: string;
  readonly lastUsedAt?: string;
  readonly expiresAt?: string;
}

/** An application as the portal shows it (the contract's `Application`): nothing that authenticates. */
export interface ApplicationView {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly clientId: string;
  readonly createdAt: string;
  readonly updatedAt?: string;
  /** The secrets that work now: two during a re-issue overlap. */
  readonly secrets: readonly SecretInfo[];
}

/** A new application with its Client Secret, shown this once (the contract's `ApplicationWithSecret`). */
export interface ApplicationWithSecret {
  readonly application: ApplicationView;
  readonly clientSecret: string;
}

/** A re-issued Client Secret, shown this once (the contract's `ReissuedSecret`). */
export interface ReissuedSecret {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly secret: SecretInfo;
  /** When the previous secret stops working; absent when it stopped at once. */
  readonly previousSecretExpiresAt?: string;
}

/** Whether `secret` still works at `now`. */
export function secretIsLive(secret: StoredClientSecret, now: Date): boolean {
  return secret.expiresAt === undefined || Date.parse(secret.expiresAt) > now.getTime();
}

/** The view of `application` at `now`: expired secrets are left out. */
export function applicationView(application: Application, now: Date): ApplicationView {
  const { id, name, description, clientId, createdAt, updatedAt } = application;
  return {
    id,
    name,
    ...(description !== undefined && { description }),
    clientId,
    createdAt,
    ...(updatedAt !== undefined && { updatedAt }),
    secrets: application.secrets
      .filter((secret) => secretIsLive(secret, now))
      .map(({ hash: _slowHash, ...info }) => info),
  };
}

const MAX_NAME_LENGTH = 100;
const MAX_DESCRIPTION_LENGTH = 1000;

/** Whether `name` is a valid application name (the contract's `Name`). */
export function isValidApplicationName(name: string): boolean {
  return name.length >= 1 && name.length <= MAX_NAME_LENGTH && name.trim() === name;
}

/** Whether `description` is a valid application description. */
export function isValidApplicationDescription(description: string): boolean {
  return description.length <= MAX_DESCRIPTION_LENGTH;
}
