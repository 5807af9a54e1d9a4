import type {
  AttemptWindow,
  CredentialAttemptRepository,
} from '../applications/credential-attempts.js';
import type { DocumentStore } from './document-store.js';
import { keys } from './keys.js';

/**
 * {@link CredentialAttemptRepository} on the portal table: `CLIENTFAIL#<clientId> /
 * WINDOW#<window>`, a counter moved by plain `UpdateItem ADD` (the hold conditional on the
 * count) and removed by TTL after its window.
 */
export class DynamoCredentialAttemptRepository implements CredentialAttemptRepository {
  constructor(private readonly store: DocumentStore) {}

  hold(clientId: string, window: AttemptWindow, maxFailures: number): Promise<boolean> {
    return this.store.update(
      keys.credentialFailures(clientId, window.key),
      {
        expression: 'ADD attempts :one SET entity = :entity, expiresAt = :ttl',
        values: {
          ':one': 1,
          ':entity': 'CredentialAttempts',
          ':ttl': Math.ceil(window.endsAt.getTime() / 1000),
        },
      },
      {
        expression: 'attribute_not_exists(attempts) OR attempts < :max',
        values: { ':max': maxFailures },
      },
    );
  }

  async release(clientId: string, window: AttemptWindow): Promise<void> {
    await this.store.update(keys.credentialFailures(clientId, window.key), {
      expression: 'ADD attempts :minusOne',
      values: { ':minusOne': -1 },
    });
  }
}
