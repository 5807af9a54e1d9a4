import type {
  AttemptHold,
  AttemptSubject,
  AttemptWindow,
  CredentialAttemptRepository,
} from '@devportal/portal-domain';
import type { DocumentStore } from './document-store.js';
import { type ItemKey, keys } from './keys.js';

/**
 * {@link CredentialAttemptRepository} on the portal table: `CLIENTFAIL#<clientId> /
 * WINDOW#<start>` and `SOURCEFAIL#<address> / WINDOW#<start>` holding `slots` (failures and
 * attempts in flight; a hold is conditional on it) and `failures` (a count is conditional on it),
 * moved by single `UpdateItem ADD`s and removed by TTL after the window.
 */
export class DynamoCredentialAttemptRepository implements CredentialAttemptRepository {
  constructor(private readonly store: DocumentStore) {}

  async hold(subject: AttemptSubject, window: AttemptWindow, slots: number): Promise<AttemptHold> {
    const result = await this.store.updateReturning(
      keyOf(subject, window),
      {
        expression: 'ADD slots :one SET entity = :entity, expiresAt = :ttl',
        values: { ':one': 1, ...windowItem(window) },
      },
      {
        expression: 'attribute_not_exists(slots) OR slots < :slots',
        values: { ':slots': slots },
      },
    );
    if (result.updated) return { held: true };
    return { held: false, failures: Number(result.found?.failures ?? 0) };
  }

  async failed(subject: AttemptSubject, window: AttemptWindow): Promise<void> {
    await this.store.update(keyOf(subject, window), {
      expression: 'ADD failures :one',
      values: { ':one': 1 },
    });
  }

  async succeeded(subject: AttemptSubject, window: AttemptWindow): Promise<void> {
    await this.store.update(keyOf(subject, window), {
      expression: 'ADD slots :minusOne',
      values: { ':minusOne': -1 },
    });
  }

  countFailure(subject: AttemptSubject, window: AttemptWindow, limit: number): Promise<boolean> {
    return this.store.update(
      keyOf(subject, window),
      {
        expression: 'ADD failures :one SET entity = :entity, expiresAt = :ttl',
        values: { ':one': 1, ...windowItem(window) },
      },
      {
        expression: 'attribute_not_exists(failures) OR failures < :limit',
        values: { ':limit': limit },
      },
    );
  }
}

function keyOf(subject: AttemptSubject, window: AttemptWindow): ItemKey {
  return subject.kind === 'client'
    ? keys.credentialFailures(subject.id, window.key)
    : keys.sourceCredentialFailures(subject.id, window.key);
}

/** The window item's entity and its TTL: DynamoDB removes it once the window has ended. */
function windowItem(window: AttemptWindow) {
  return {
    ':entity': 'CredentialAttempts',
    ':ttl': Math.ceil(window.endsAt.getTime() / 1000),
  };
}
