import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  drainQueue,
  type InvocationRecord,
  type LambdaFunction,
  type LifecycleWorld,
  type QueueDrain,
  schedulerEvent,
} from '../../src/index.js';
import { bundles, startWorld } from '../support/world.js';

/**
 * Issue 12: "Overlapping scheduled runs are harmless (a document is checked once per due time)
 * or prevented; a backlog … drains by fanning out (for example SQS batches to a worker)". Two
 * scheduled runs start at once over 40 due documents; the check queue is then drained by the
 * same function, 10 messages a batch, 2 batches at a time, as its SQS event source would.
 */
const DOCUMENTS = 40;

let world: LifecycleWorld;
let sync: LambdaFunction;
const organisationId = randomUUID();
let externalIds: string[];
let dispatches: InvocationRecord[];
let queued: number;
let drain: QueueDrain;

beforeAll(async () => {
  world = await startWorld();
  externalIds = await world.dueLimitChanges(DOCUMENTS, organisationId);
  sync = world.statusSync({ bundlePath: bundles().statusSync, reservedConcurrency: 4 });
  dispatches = await Promise.all([sync.invoke(schedulerEvent()), sync.invoke(schedulerEvent())]);
  queued = world.sqs.depth(world.deployed.checkQueueUrl);
  drain = await drainQueue(sync, world.sqs, world.deployed.checkQueueUrl, {
    batchSize: 10,
    concurrency: 2,
  });
}, 180_000);

afterAll(async () => {
  await world?.close();
});

describe('scheduled runs fanning the due checks out to a queue', () => {
  it('dispatches each due document once, however many runs overlap', () => {
    expect(dispatches.map((dispatch) => dispatch.outcome.kind)).toEqual(['response', 'response']);
    expect(queued).toBe(DOCUMENTS);
  });

  it('checks every queued document in the worker’s batches', async () => {
    expect(drain.processed).toBe(DOCUMENTS);
    expect(drain.returned).toBe(0);
    expect(await world.checkedLimitChanges(organisationId, externalIds)).toEqual(
      Array(DOCUMENTS).fill(true),
    );
  });
});
