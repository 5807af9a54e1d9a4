import { useDynamoDbTestTable } from '@devportal/test-support';
import { describe, expect, it } from 'vitest';
import { createTable, DocumentStore, DynamoSentMailLedger } from '../../src/index.js';

const table = useDynamoDbTestTable('sent-mail', createTable);

describe('DynamoSentMailLedger', () => {
  it('lets one of many concurrent claims of a message win, and keeps it until its TTL', async () => {
    const store = new DocumentStore(table.client, table.tableName);
    const ledger = new DynamoSentMailLedger(store);
    const at = new Date('2026-12-07T10:00:00Z');
    const keepUntil = new Date('2027-01-16T10:00:00Z');

    const claims = await Promise.all(
      Array.from({ length: 5 }, () => ledger.claim('quota-80-window', at, keepUntil)),
    );

    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await ledger.claim('quota-90-window', at, keepUntil)).toBe(true);
    expect(await store.get({ PK: 'MAILSENT#quota-80-window', SK: 'MAIL' })).toMatchObject({
      sentAt: at.toISOString(),
      expiresAt: keepUntil.getTime() / 1000,
    });
  });
});
