import type { AccessRequestRepository } from '../access-requests/access-request-repository.js';
import type { Clock } from '../ports/clock.js';
import type { Subscription } from '../subscriptions/subscription.js';
import type { SubscriptionRepository } from '../subscriptions/subscription-repository.js';
import { type Application, type StoredClientSecret, secretIsLive } from './application.js';
import type { ApplicationRepository } from './application-repository.js';
import type { ClientSecretHasher, SecretMatch } from './client-secret-hasher.js';

/** What {@link ClientCredentialsVerifier} runs on. */
export interface ClientCredentialsVerifierDependencies {
  readonly applications: ApplicationRepository;
  readonly subscriptions: SubscriptionRepository;
  readonly accessRequests: AccessRequestRepository;
  readonly hasher: ClientSecretHasher;
  readonly clock: Clock;
}

/** Credentials that check out: the application, its organisation and the plans it may call. */
export interface VerifiedClient {
  readonly ok: true;
  readonly application: Application;
  /** The secret that matched: a token minted with it lives no longer than it (the gateway checks). */
  readonly secretId: string;
  readonly organisationId: string;
  /** Confidential plans appear only while the organisation's access request is approved. */
  readonly subscriptions: readonly Subscription[];
}

/**
 * Credentials that do not: deliberately one reason for an unknown Client ID and a
 * wrong or expired secret, so a caller learns nothing about which Client IDs exist.
 */
export interface RefusedClient {
  readonly ok: false;
  readonly reason: 'invalid_client';
}

/** How often, at most, the last-used time of one secret is written. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The gateway's check of OAuth2 client credentials. Every live secret of the application is
 * compared (no early exit). An unknown Client ID costs one table read and no hash at all: Client
 * IDs are public (shipped in apps, shown to Observers), so there is nothing to hide by timing, and
 * a hash spent on them would only be CPU handed to whoever sends junk.
 */
export class ClientCredentialsVerifier {
  constructor(private readonly deps: ClientCredentialsVerifierDependencies) {}

  /** The application behind `clientId` if `secret` is one of its live secrets. */
  async verify(clientId: string, secret: string): Promise<VerifiedClient | RefusedClient> {
    const refused: RefusedClient = { ok: false, reason: 'invalid_client' };
    const application = await this.deps.applications.findByClientId(clientId);
    const now = this.deps.clock.now();
    const live = application?.secrets.filter((candidate) => secretIsLive(candidate, now)) ?? [];
    if (!application || live.length === 0) return refused;
    const results = await Promise.all(
      live.map((candidate) => this.deps.hasher.matches(secret, candidate.hash)),
    );
    const index = results.findIndex((result) => result.matched);
    const matched = live[index];
    if (!matched) return refused;
    const [subscriptions] = await Promise.all([
      this.callableSubscriptions(application),
      this.recordUse(application, matched, now),
      this.rekeyIfOutdated(application, matched, secret, results[index] as SecretMatch),
    ]);
    return {
      ok: true,
      application,
      secretId: matched.id,
      organisationId: application.organisationId,
      subscriptions,
    };
  }

  /**
   * Stores a hash keyed with a previous pepper anew with the current pepper, now that the secret
   * is known to be right: a pepper rotation completes as secrets are used.
   */
  private async rekeyIfOutdated(
    application: Application,
    secret: StoredClientSecret,
    clientSecret: string,
    match: SecretMatch,
  ): Promise<void> {
    if (!match.outdated) return;
    await this.deps.applications.rekeySecret(
      application,
      secret.id,
      secret.hash,
      await this.deps.hasher.hash(clientSecret),
    );
  }

  private async callableSubscriptions(application: Application): Promise<Subscription[]> {
    const subscriptions = await this.deps.subscriptions.list(application.id);
    const confidentialProducts = [
      ...new Set(subscriptions.filter((sub) => sub.confidential).map((sub) => sub.productId)),
    ];
    const approved = new Set<string>();
    await Promise.all(
      confidentialProducts.map(async (productId) => {
        const request = await this.deps.accessRequests.get(application.organisationId, productId);
        if (request?.status === 'approved') approved.add(productId);
      }),
    );
    return subscriptions.filter((sub) => !sub.confidential || approved.has(sub.productId));
  }

  /** Writes the last-used time only when the stored one is older than the resolution. */
  private async recordUse(
    application: Application,
    secret: StoredClientSecret,
    now: Date,
  ): Promise<void> {
    const threshold = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
    if (secret.lastUsedAt && Date.parse(secret.lastUsedAt) > threshold.getTime()) return;
    await this.deps.applications.touchSecret(
      application,
      secret.id,
      now.toISOString(),
      threshold.toISOString(),
    );
  }
}
