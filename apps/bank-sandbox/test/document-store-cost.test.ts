import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TRANSITION_DELAYS,
  type LimitChangeDocument,
  LimitChangeDocuments,
} from '../src/api/limit-change-documents.js';

const START = Date.parse('2026-03-02T21:30:00Z');
const HOUR = 3_600_000;
const { DELIVERED, ACCEPTED, IMPLEMENTED } = DEFAULT_TRANSITION_DELAYS;

/** `count` signed documents of one owner, due to move on far later than the test looks. */
function storeOf(count: number, onImplemented: (doc: LimitChangeDocument) => void = () => {}) {
  const documents = new LimitChangeDocuments(DEFAULT_TRANSITION_DELAYS, onImplemented);
  for (let n = 0; n < count; n++) {
    const doc = documents.create(
      {
        owner: 'org-1',
        organizationId: 'org-1',
        externalId: `doc-${n}`,
        businessCardId: 'card-1',
        code: 'NON_RENEW',
        limit: 1000 + n,
        createdBy: 'user-1',
      },
      START,
    );
    documents.sign(doc, [], undefined, START + HOUR);
  }
  return documents;
}

/**
 * The median time of `rounds` samples of `calls` state reads (advance, then get), in ms: what a
 * `getLimitChangeState` costs the store.
 */
function stateReadTime(documents: LimitChangeDocuments, count: number): number {
  const calls = 500;
  const samples: number[] = [];
  for (let round = 0; round < 9; round++) {
    const started = performance.now();
    for (let call = 0; call < calls; call++) {
      documents.advance(START);
      documents.get('org-1', `doc-${call % count}`);
    }
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] as number;
}

describe('the document store as it fills', () => {
  it('answers a state read in the same time holding 10,000 documents as holding 100', () => {
    // Prepare
    const small = storeOf(100);
    const large = storeOf(10_000);
    stateReadTime(small, 100);
    stateReadTime(large, 10_000);

    // Act: alternated, so a busy moment of the machine falls on both sizes
    const ratios = [0, 1, 2].map(() => stateReadTime(large, 10_000) / stateReadTime(small, 100));

    // Assess: walking every document held costs ~100 times more at 100 times the documents
    expect(Math.min(...ratios)).toBeLessThan(4);
  });

  it('applies due changes across documents in time order, then in arrival order', () => {
    // Prepare: documents signed at different times, the earliest created last
    const implemented: string[] = [];
    const documents = new LimitChangeDocuments(DEFAULT_TRANSITION_DELAYS, (doc) =>
      implemented.push(doc.externalId),
    );
    const signedAt = { a: START + 3 * HOUR, b: START + HOUR, c: START + HOUR, d: START + 2 * HOUR };
    for (const [externalId, at] of Object.entries(signedAt)) {
      const doc = documents.create(
        {
          owner: 'org-1',
          organizationId: 'org-1',
          externalId,
          businessCardId: 'card-1',
          code: 'NON_RENEW',
          limit: 1,
          createdBy: 'user-1',
        },
        START,
      );
      documents.sign(doc, [], undefined, at);
    }

    // Act
    documents.advance(START + 2 * HOUR + DELIVERED + ACCEPTED + IMPLEMENTED);
    const midway = ['a', 'b', 'c', 'd'].map((id) => documents.get('org-1', id)?.bankStatus);
    documents.advance(START + 4 * HOUR);

    // Assess
    expect(midway).toEqual(['SIGNED', 'IMPLEMENTED', 'IMPLEMENTED', 'IMPLEMENTED']);
    expect(implemented).toEqual(['b', 'c', 'd', 'a']);
    expect(documents.get('org-1', 'a')?.history.map((step) => step.status)).toEqual([
      'CREATED',
      'SIGNED',
      'DELIVERED',
      'ACCEPTED',
      'IMPLEMENTED',
    ]);
  });

  it('finds every owner’s document by its externalId alone, in any case', () => {
    const documents = storeOf(3);
    const other = documents.create(
      {
        owner: 'org-2',
        organizationId: 'org-2',
        externalId: 'DOC-1',
        businessCardId: 'card-2',
        code: 'NON_RENEW',
        limit: 1,
        createdBy: 'user-2',
      },
      START,
    );

    expect(documents.withExternalId('Doc-1').map((doc) => doc.owner)).toEqual(['org-1', 'org-2']);
    expect(documents.withExternalId('doc-1')).toContain(other);
    expect(documents.withExternalId('doc-9')).toEqual([]);
  });
});
