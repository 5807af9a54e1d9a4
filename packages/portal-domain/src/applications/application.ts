import type { components } from '../generated/portal.js';
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

/** What is shown of a Client Secret. */
export type SecretInfo = components['schemas']['SecretInfo'];

/** An application as the portal shows it: nothing that authenticates. */
export type ApplicationView = components['schemas']['Application'];

/** A new application with its Client Secret, shown this once. */
export type ApplicationWithSecret = components['schemas']['ApplicationWithSecret'];

/** A re-issued Client Secret, shown this once. */
export type ReissuedSecret = components['schemas']['ReissuedSecret'];

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
