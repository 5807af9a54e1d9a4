import type {
  AttemptHold,
  AttemptWindow,
  CredentialAttemptRepository,
} from '../applications/credential-attempts.js';
import type { DocumentStore } from './document-store.js';
import { keys } from './keys.js';

/**
 * {@link CredentialAttemptRepository} on the portal table: `CLIENTFAIL#<clientId> /
 * WINDOW#<start>` holding `slots` (failures and attempts in flight; the hold is conditional on
 * it) and `failures`, moved by plain `UpdateItem ADD` and removed by TTL after the window.
 */
export class DynamoCredentialAttemptRepository implements CredentialAttemptRepository {
  constructor(private readonly store: DocumentStore) {}

  async hold(clientId: string, window: AttemptWindow, slots: number): Promise<AttemptHold> {
    const result = await this.store.updateReturning(
      keys.credentialFailures(clientId, window.key),
      {
        expression: 'ADD slots :one SET entity = :entity, expiresAt = :ttl',
        values: {
          ':one': 1,
          ':entity': 'CredentialAttempts',
          ':ttl': Math.ceil(window.endsAt.getTime() / 1000),
        },
      },
      {
        expression: 'attribute_not_exists(slots) OR slots < :slots',
        values: { ':slots': slots },
      },
    );
    if (result.updated) return { held: true };
    return { held: false, failures: Number(result.found?.failures ?? 0) };
  }

  async failed(clientId: string, window: AttemptWindow): Promise<void> {
    await this.store.update(keys.credentialFailures(clientId, window.key), {
      expression: 'ADD failures :one',
      values: { ':one': 1 },
    });
  }

  async succeeded(clientId: string, window: AttemptWindow): Promise<void> {
    await this.store.update(keys.credentialFailures(clientId, window.key), {
      expression: 'ADD slots :minusOne',
      values: { ':minusOne': -1 },
    });
  }
}
