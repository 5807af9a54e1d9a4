import { describe, expect, test } from 'vitest';
import type { MachineFacts } from '../src/machine-facts.js';
import { noiseNote, renderReport } from '../src/render-report.js';
import type { Section } from '../src/section.js';

const machine: MachineFacts = {
  cpu: 'Intel(R) Xeon(R) Processor',
  cores: 2,
  memoryBytes: 8 * 1024 ** 3,
  node: 'v20.20.2',
  platform: 'linux x64',
  loadAverage: [0.5, 0.75, 1],
};

const section: Section = {
  title: 'Client overhead vs bare fetch',
  description: 'The client against a bare fetch.',
  figures: [
    {
      name: 'client call, median',
      measure: { value: 0.6553, unit: 'ms' },
      baseline: { name: 'bare fetch, median', measure: { value: 0.5947, unit: 'ms' } },
      ratio: 1.1046,
      target: { on: 'ratio', bound: '≤', limit: 1.1 },
    },
    {
      name: 'p50, 16 concurrent',
      measure: { value: 3.1, unit: 'ms' },
      baseline: { name: 'bare proxy p50', measure: { value: 2.5, unit: 'ms' } },
      target: { on: 'ratio', bound: '≤', limit: 1.3 },
    },
    {
      name: 'event-loop p99 | pool',
      measure: { value: 5.9, unit: 'ms' },
      baseline: { name: 'main thread', measure: { value: 21.5, unit: 'ms' } },
      target: { on: 'value', bound: '<', limit: 20 },
    },
    { name: 'signatures, one core', measure: { value: 67.3, unit: 'per second' } },
    {
      name: 'portal-api: index.mjs',
      measure: { value: 917_209, unit: 'bytes' },
      target: { on: 'value', bound: '≤', limit: 2_097_152, source: "infra's synth test" },
    },
  ],
  machine,
  measuredAt: '2026-11-23T17:10:27.514Z',
  command: 'pnpm --filter @devportal/sber-client bench',
  notes: ['Measured on loopback.'],
};

const lines = (markdown: string) => markdown.split('\n');
/** The lines of the bench's own section, after the summary of targets. */
const sectionLines = (markdown: string) =>
  lines(markdown.slice(markdown.indexOf(`## ${section.title}`)));
const render = (sections: Section[]) =>
  renderReport({ generatedAt: '2026-11-23T18:00:00.000Z', sections });

describe('renderReport', () => {
  test('writes a row per figure with its baseline, ratio, target and result', () => {
    // Act
    const rows = sectionLines(render([section])).filter((line) => line.startsWith('| client call'));

    // Assess
    expect(rows).toEqual([
      '| client call, median | 0.655 ms | bare fetch, median | 0.595 ms | 1.105 | ratio ≤ 1.10 | **miss** |',
    ]);
  });

  test('computes the ratio from the baseline when the bench gives none', () => {
    const row = sectionLines(render([section])).find((line) =>
      line.startsWith('| p50, 16 concurrent'),
    );

    expect(row).toBe(
      '| p50, 16 concurrent | 3.1 ms | bare proxy p50 | 2.5 ms | 1.240 | ratio ≤ 1.30 | pass |',
    );
  });

  test('judges a bound on the value itself, and escapes pipes in names', () => {
    const row = sectionLines(render([section])).find((line) => line.includes('event-loop'));

    expect(row).toBe(
      '| event-loop p99 \\| pool | 5.9 ms | main thread | 21.5 ms | 0.274 | < 20.0 ms | pass |',
    );
  });

  test('says so when a figure has no baseline, and names where a target comes from', () => {
    const markdown = lines(render([section]));

    expect(markdown).toContain(
      '| signatures, one core | 67.3/s | none in this bench | — | — | — | — |',
    );
    expect(markdown).toContain(
      "| portal-api: index.mjs | 917,209 B (896 KiB) | none in this bench | — | — | ≤ 2,097,152 B (2,048 KiB) (infra's synth test) | pass |",
    );
  });

  test('ends each section with its notes, machine, date and command', () => {
    const markdown = render([section]);

    expect(markdown).toContain(
      [
        '- Measured on loopback.',
        '- Machine: Intel(R) Xeon(R) Processor, 2 cores, 8.0 GiB, Node v20.20.2 (linux x64); load average at the start 0.5 / 0.75 / 1 (1 / 5 / 15 min).',
        '- Measured: 2026-11-23 17:10 UTC.',
        '- Reproduce: `pnpm --filter @devportal/sber-client bench`',
      ].join('\n'),
    );
  });

  test('lists every targeted figure in the summary, and only those', () => {
    const markdown = render([section]);
    const summary = markdown.slice(markdown.indexOf('## Targets'), markdown.indexOf('## Client'));

    expect(lines(summary).filter((line) => line.startsWith('| Client overhead'))).toHaveLength(4);
    expect(summary).not.toContain('signatures, one core');
  });

  test('says when a section has no machine recorded', () => {
    const markdown = render([{ ...section, machine: undefined, measuredAt: undefined }]);

    expect(markdown).toContain('- Machine: not recorded by these results.');
    expect(markdown).toContain('- Measured: not recorded.');
  });
});

describe('noiseNote', () => {
  test('calls a machine busy when its load exceeds its cores', () => {
    const note = noiseNote([machine, { ...machine, loadAverage: [14.69, 15.35, 12.06] }]);

    expect(note).toMatch(/^The machine is shared and was busy: .* was 0.5–14.69 on 2 cores\./);
  });

  test('calls it quiet otherwise', () => {
    expect(noiseNote([machine])).toMatch(/quiet enough: .* was 0.5–0.5 on 2 cores\.$/);
  });

  test('says the load is unknown when no bench recorded it', () => {
    expect(noiseNote([])).toMatch(/unknown/);
  });
});
