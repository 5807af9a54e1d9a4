import { describe, expect, test } from 'vitest';
import { figureRatio, meetsTarget } from '../src/figure-ratio.js';
import type { Figure } from '../src/section.js';
import { type StatusSyncResults, statusSyncSection } from '../src/sections/status-sync.js';

const run = (bankLatencyMs: number, syncDocumentsPerSecond: number, reads = 0.01) => ({
  bankLatencyMs,
  bareStateCallsPerSecond: 200,
  syncDocumentsPerSecond,
  syncMsPerDocument: 1000 / syncDocumentsPerSecond,
  tableReadsPerDocument: reads,
  tableWritesPerDocument: 2,
  transactionsPerDocument: 0,
  scans: 0,
  report: { checked: 1000, changed: 0, failures: 0 },
});

const results = (sizes: StatusSyncResults['sizes']): StatusSyncResults => ({
  measuredAt: '2026-12-07T03:00:00.000Z',
  concurrency: 16,
  targetRatio: 0.8,
  sizes,
});

describe('statusSyncSection', () => {
  test('reads each size and bank latency against bare state calls, judged against at least 0.8 with a fast bank', () => {
    // Act
    const { figures } = statusSyncSection(
      results([
        { documents: 1000, runs: [run(0, 100), run(50, 180)] },
        { documents: 10_000, runs: [run(0, 80), run(50, 150)] },
      ]),
    );

    // Assess
    const throughput = figures.filter((figure) => figure.name.startsWith('sync, '));
    expect(
      throughput.map((figure) => [
        figure.name,
        figureRatio(figure),
        figure.target && meetsTarget(figure, figure.target),
      ]),
    ).toEqual([
      ['sync, 1,000 documents, sandbox as it is', 0.5, undefined],
      ['sync, 1,000 documents, sandbox +50 ms', 0.9, true],
      ['sync, 10,000 documents, sandbox as it is', 0.4, undefined],
      ['sync, 10,000 documents, sandbox +50 ms', 0.75, false],
    ]);
    const growth = figures.filter((figure) => figure.name.startsWith('sync wall time'));
    expect(growth.map((figure) => figure.name)).toEqual([
      'sync wall time per document, 10,000 documents, sandbox as it is',
      'sync wall time per document, 10,000 documents, sandbox +50 ms',
    ]);
    expect(figureRatio(growth[0] as Figure)).toBeCloseTo(1.25);
    expect(figureRatio(growth[1] as Figure)).toBeCloseTo(1.2);
  });

  test('judges the reads and the transactions of a document that did not change', () => {
    const { figures } = statusSyncSection(
      results([{ documents: 1000, runs: [run(0, 100, 1.01)] }]),
    );

    const judged = figures.flatMap((figure) =>
      figure.target && figure.name.startsWith('t')
        ? [[figure.name, meetsTarget(figure, figure.target)]]
        : [],
    );
    expect(judged).toEqual([
      ['table reads per document, 1,000 documents, sandbox as it is', false],
      ['transactions per document (none changed), 1,000 documents, sandbox as it is', true],
    ]);
    expect(figures.some((figure) => figure.name.startsWith('sync wall time'))).toBe(false);
  });
});
