import { describe, expect, it } from 'vitest';
import {
  type ClaimedCheck,
  checkQueuedDocuments,
  dispatchToQueue,
  inProcessCheckQueue,
  RunDeadline,
  runStatusSync,
} from '../src/index.js';
import { SLOW_TRANSITIONS, type SyncWorld, useSyncWorld } from './support/sync-world.js';

const MINUTE = 60_000;
const DOCUMENTS = 8;
const READS = new Set(['GetItemCommand', 'BatchGetItemCommand', 'QueryCommand', 'ScanCommand']);
const WRITES = new Set(['UpdateItemCommand', 'PutItemCommand', 'TransactWriteItemsCommand']);

/** The table commands `act` sent, by name, and its reads and writes per checked document. */
async function costOf<T>(world: SyncWorld, checked: (result: T) => number, act: () => Promise<T>) {
  world.commands.length = 0;
  const result = await act();
  const sent = [...world.commands];
  const count = (names: Set<string>) => sent.filter((name) => names.has(name)).length;
  const documents = checked(result);
  const byName = (name: string) => sent.filter((sentName) => sentName === name).length;
  return {
    result,
    documents,
    readsPerDocument: count(READS) / documents,
    writesPerDocument: count(WRITES) / documents,
    getItems: byName('GetItemCommand'),
    updates: byName('UpdateItemCommand'),
    transactions: byName('TransactWriteItemsCommand'),
  };
}

/**
 * What a checked document costs in table operations: the pending index's entries carry all a
 * check needs (no read of its own), a check that finds no change writes one plain conditional
 * update on the version its claim wrote, and only a transition is a transaction.
 */
describe('table operations per checked document', () => {
  const world = useSyncWorld('status-sync-cost');

  it('in process: no change costs the claim and one conditional update, no read, no transaction', {
    timeout: 60_000,
  }, async () => {
    // Prepare: signed requests past their first check, the bank still saying SIGNED
    await world.createRequests(Array(DOCUMENTS).fill('implemented'));
    world.clock.advance(2 * MINUTE);

    // Act
    const cost = await costOf(
      world,
      (report) => report.checked,
      () => runStatusSync(world.deps),
    );

    // Assess
    expect(cost.result).toMatchObject({ checked: DOCUMENTS, changed: 0, raced: 0, failed: 0 });
    expect(cost.readsPerDocument).toBeLessThanOrEqual(1);
    expect(cost.getItems).toBe(0);
    expect(cost.transactions).toBe(0);
    // One claim and one recorded check per document.
    expect(cost.updates).toBe(2 * DOCUMENTS);
    expect(cost.writesPerDocument).toBe(2);
  });

  it('through the queue: the worker reads nothing and writes one conditional update', {
    timeout: 60_000,
  }, async () => {
    // Prepare: every document due again, still SIGNED at the bank; dispatched to a kept queue
    world.clock.advance(10 * MINUTE);
    const queued: ClaimedCheck[] = [];
    await dispatchToQueue(
      world.deps,
      inProcessCheckQueue(async (checks) => queued.push(...checks)),
      { deadline: new RunDeadline({ marginMs: 0 }) },
    );
    const messages = queued.map((check, index) => ({
      messageId: `m-${index}`,
      body: JSON.stringify(check),
    }));

    // Act
    const cost = await costOf(
      world,
      ({ report }) => report.checked,
      () => checkQueuedDocuments(world.deps, messages, { checkTimeoutMs: 5_000 }),
    );

    // Assess
    expect(queued).toHaveLength(DOCUMENTS);
    expect(cost.result.report).toMatchObject({ checked: DOCUMENTS, changed: 0, raced: 0 });
    expect(cost.readsPerDocument).toBe(0);
    expect(cost.transactions).toBe(0);
    expect(cost.updates).toBe(DOCUMENTS);
  });

  it('a transition is one transaction (the state, its history and its audit event)', {
    timeout: 60_000,
  }, async () => {
    // Prepare: the bank has moved every document on to DELIVERED
    world.clock.advance(SLOW_TRANSITIONS.DELIVERED + MINUTE);

    // Act
    const cost = await costOf(
      world,
      (report) => report.checked,
      () => runStatusSync(world.deps),
    );
    const records = await world.deps.limitChanges.list(world.organisationId, { limit: 100 });

    // Assess
    expect(cost.result).toMatchObject({ checked: DOCUMENTS, changed: DOCUMENTS });
    expect(cost.getItems).toBe(0);
    expect(cost.transactions).toBe(DOCUMENTS);
    // The claims; the transition itself is inside the transaction.
    expect(cost.updates).toBe(DOCUMENTS);
    expect(records.items.map((record) => record.history.map((step) => step.state))).toEqual(
      Array(DOCUMENTS).fill(['SIGNED', 'DELIVERED']),
    );
    expect(records.items.map((record) => record.checksInState)).toEqual(Array(DOCUMENTS).fill(0));
  });
});
