import { describe, expect, test } from 'vitest';
import { figureRatio } from '../src/figure-ratio.js';
import { type StatusSyncResults, statusSyncSection } from '../src/sections/status-sync.js';

const size = (documents: number, syncMsPerDocument: number, reads: number) => ({
  documents,
  bareStateCallsPerSecond: 200,
  syncDocumentsPerSecond: 1000 / syncMsPerDocument,
  syncMsPerDocument,
  tableReadsPerDocument: reads,
  tableWritesPerDocument: 1,
  scans: 0,
  report: { checked: documents, failures: 0 },
});

const results = (sizes: StatusSyncResults['sizes']): StatusSyncResults => ({
  measuredAt: '2026-11-23T18:00:00.000Z',
  concurrency: 16,
  sizes,
});

describe('statusSyncSection', () => {
  test('reads each size against bare state calls, then the largest size against the smallest', () => {
    // Act
    const { figures } = statusSyncSection(results([size(1000, 10, 2), size(10_000, 15, 2.01)]));

    // Assess
    expect(
      figures.map((figure) => [figure.name, figure.baseline?.name, figureRatio(figure)]),
    ).toEqual([
      ['sync, 1,000 documents', 'bare getLimitChangeState calls', 0.5],
      ['sync, 10,000 documents', 'bare getLimitChangeState calls', 1000 / 15 / 200],
      ['sync wall time per document, 10,000 documents', 'the same, 1,000 documents', 1.5],
      ['table reads per document, 10,000 documents', 'the same, 1,000 documents', 2.01 / 2],
      ['table writes per document, 10,000 documents', 'the same, 1,000 documents', 1],
    ]);
  });

  test('has no growth rows when one size was measured', () => {
    const { figures } = statusSyncSection(results([size(10_000, 15, 2)]));

    expect(figures.map((figure) => figure.name)).toEqual(['sync, 10,000 documents']);
  });
});
