import type { MachineFacts } from './machine-facts.js';
import type { Measure, Target } from './section.js';

const KIB = 1024;
const GIB = 1024 ** 3;

/** Enough digits to read a figure without pretending to more precision than a noisy run has. */
function significant(value: number): string {
  const digits = Math.abs(value) < 1 ? 3 : Math.abs(value) < 100 ? 1 : 0;
  return value.toLocaleString('en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** `0.595 ms`, `67.3/s`, `917,209 B (896 KiB)`; a count `10,104` or `0` whole, `1.5` when it is a mean. */
export function formatMeasure({ value, unit }: Measure): string {
  if (Number.isNaN(value)) return 'n/a';
  switch (unit) {
    case 'ms':
      return `${significant(value)} ms`;
    case 'µs':
      return `${significant(value)} µs`;
    case 'per second':
      return `${significant(value)}/s`;
    case 'bytes':
      return `${Math.round(value).toLocaleString('en-GB')} B (${Math.round(value / KIB).toLocaleString('en-GB')} KiB)`;
    case 'count':
      return Number.isInteger(value) ? value.toLocaleString('en-GB') : significant(value);
  }
}

/** Ratios to three decimals: the targets (1.10, 1.3) sit that close to what is measured. */
export function formatRatio(ratio: number | undefined): string {
  return ratio === undefined || Number.isNaN(ratio) ? '—' : ratio.toFixed(3);
}

/** `ratio ≤ 1.10`, `< 20 ms`. */
export function formatTarget(target: Target, unit: Measure['unit']): string {
  if (target.on === 'ratio') return `ratio ${target.bound} ${target.limit.toFixed(2)}`;
  return `${target.bound} ${formatMeasure({ value: target.limit, unit })}`;
}

/** `Intel(R) Xeon(R) Processor, 2 cores, 23.5 GiB, Node v20.20.2 (linux x64); load average 14.69 / 15.35 / 12.06`. */
export function formatMachine(machine: MachineFacts): string {
  const [one, five, fifteen] = machine.loadAverage;
  return `${machine.cpu}, ${machine.cores} cores, ${(machine.memoryBytes / GIB).toFixed(1)} GiB, Node ${machine.node} (${machine.platform}); load average at the start ${one} / ${five} / ${fifteen} (1 / 5 / 15 min)`;
}
