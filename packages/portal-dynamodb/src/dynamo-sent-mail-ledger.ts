import type { DocumentStore } from './document-store.js';
import { keys } from './keys.js';
import { ATTRIBUTES } from './table-definition.js';

/**
 * Which messages were sent, on the portal table (`MAILSENT#<messageId> / MAIL`, removed by TTL):
 * a message whose id derives from what it reports (a quota window's threshold) is claimed by one
 * conditional write, so however many gateways see the fact, one of them sends it.
 */
export class DynamoSentMailLedger {
  constructor(private readonly store: DocumentStore) {}

  /** Claims `messageId` until `keepUntil`; `false` when it was claimed already. */
  async claim(messageId: string, at: Date, keepUntil: Date): Promise<boolean> {
    return this.store.update(
      keys.sentMail(messageId),
      {
        expression: 'SET sentAt = :at, #ttl = :ttl',
        names: { '#ttl': ATTRIBUTES.timeToLive },
        values: { ':at': at.toISOString(), ':ttl': Math.ceil(keepUntil.getTime() / 1000) },
      },
      { expression: 'attribute_not_exists(PK)' },
    );
  }
}
