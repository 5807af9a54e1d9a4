import { figureRatio, meetsTarget } from './figure-ratio.js';
import { formatMachine, formatMeasure, formatRatio, formatTarget } from './format.js';
import type { MachineFacts } from './machine-facts.js';
import type { Figure, Section } from './section.js';

/** What `docs/benchmarks.md` is made of. */
export interface Report {
  /** When the report step ran (ISO 8601). */
  readonly generatedAt: string;
  readonly sections: readonly Section[];
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|');
}

function row(cells: readonly string[]): string {
  return `| ${cells.map(cell).join(' | ')} |`;
}

function verdict(figure: Figure): string {
  if (figure.target === undefined) return '—';
  const met = meetsTarget(figure, figure.target);
  if (met === undefined) return 'n/a';
  return met ? 'pass' : '**miss**';
}

function targetText(figure: Figure): string {
  if (figure.target === undefined) return '—';
  const text = formatTarget(figure.target, figure.measure.unit);
  return figure.target.source ? `${text} (${figure.target.source})` : text;
}

function figureRow(figure: Figure): string {
  return row([
    figure.name,
    formatMeasure(figure.measure),
    figure.baseline?.name ?? 'none in this bench',
    figure.baseline ? formatMeasure(figure.baseline.measure) : '—',
    formatRatio(figureRatio(figure)),
    targetText(figure),
    verdict(figure),
  ]);
}

/** The date part of an ISO 8601 time with its clock, in UTC: `2026-11-23 17:10 UTC`. */
function when(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function renderSection(section: Section): string {
  const lines = [
    `## ${section.title}`,
    '',
    section.description,
    '',
    row(['figure', 'value', 'baseline (same run)', 'baseline value', 'ratio', 'target', 'result']),
    row(['---', '---:', '---', '---:', '---:', '---', '---']),
    ...section.figures.map(figureRow),
    '',
    ...(section.notes ?? []).map((note) => `- ${note}`),
    `- Machine: ${section.machine ? formatMachine(section.machine) : 'not recorded by these results'}.`,
    `- Measured: ${section.measuredAt ? when(section.measuredAt) : 'not recorded'}.`,
    `- Reproduce: \`${section.command}\``,
  ];
  return lines.join('\n');
}

function targetsTable(sections: readonly Section[]): string[] {
  const targeted = sections.flatMap((section) =>
    section.figures
      .filter((figure) => figure.target !== undefined)
      .map((figure) =>
        row([
          section.title,
          figure.name,
          formatMeasure(figure.measure),
          formatRatio(figureRatio(figure)),
          targetText(figure),
          verdict(figure),
        ]),
      ),
  );
  return [
    row(['bench', 'figure', 'value', 'ratio', 'target', 'result']),
    row(['---', '---', '---:', '---:', '---', '---']),
    ...targeted,
  ];
}

/**
 * What the load says about the figures: on a shared machine the absolute ones (ms, /s) move with
 * the neighbours, while a ratio against a baseline taken in the same run moves much less.
 */
export function noiseNote(machines: readonly MachineFacts[]): string {
  if (machines.length === 0)
    return 'No bench recorded its machine, so the load it ran under is unknown.';
  const perCore = machines.map((machine) => machine.loadAverage[0] / machine.cores);
  const loads = machines.map((machine) => machine.loadAverage[0]);
  const range = `${Math.min(...loads)}–${Math.max(...loads)} on ${machines[0]?.cores} cores`;
  if (Math.max(...perCore) <= 1) {
    return `The machine was quiet enough: the 1-minute load average at the start of the benches was ${range}.`;
  }
  return `The machine is shared and was busy: the 1-minute load average at the start of the benches was ${range}. Absolute figures (ms, requests/s, documents/s) are noisy and would differ on a quiet machine; ratios are steadier, because every baseline is measured in the same run, with the two sides alternated or paired where the bench can, and read as medians. Rerun on a quiet machine before reading a small difference as real.`;
}

/** `docs/benchmarks.md`: a summary of the targets, then a section per bench. */
export function renderReport(report: Report): string {
  const machines = report.sections.flatMap((section) => (section.machine ? [section.machine] : []));
  return `${[
    '# Benchmarks',
    '',
    `Written by \`pnpm bench\` on ${when(report.generatedAt)} from each bench's \`results.json\`. Every figure is read against a baseline measured in the same run on the same machine; a ratio is figure / baseline. Do not edit: rerun \`pnpm bench\`.`,
    '',
    "**Reproduce:** `pnpm install && pnpm bench` on a machine with Node.js 20.19+ and Java 17+ (DynamoDB Local). It runs every package's `bench` script one at a time (turbo, `--concurrency=1`), then `pnpm --filter @devportal/bench-report report`, which writes this file. Each section names the command that reruns its bench alone.",
    '',
    `**Noise:** ${noiseNote(machines)}`,
    '',
    '## Targets',
    '',
    ...targetsTable(report.sections),
    '',
    ...report.sections.flatMap((section) => [renderSection(section), '']),
  ].join('\n')}`;
}
