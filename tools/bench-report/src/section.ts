import type { MachineFacts } from './machine-facts.js';

/** How a measured number reads: its unit decides how it is printed. */
export type Unit = 'ms' | 'µs' | 'bytes' | 'per second' | 'count';

/** A number with its unit. */
export interface Measure {
  readonly value: number;
  readonly unit: Unit;
}

/** What a figure must meet: a bound on its ratio to the baseline, or on its own value. */
export interface Target {
  readonly on: 'ratio' | 'value';
  readonly bound: '≤' | '<' | '≥';
  readonly limit: number;
  /** Where the target comes from, when it is not the project's own. */
  readonly source?: string;
}

/** One row of a section: a figure, and the baseline it is read against. */
export interface Figure {
  readonly name: string;
  readonly measure: Measure;
  /** Measured in the same run; absent when the bench has none for this figure. */
  readonly baseline?: { readonly name: string; readonly measure: Measure };
  /** Figure over baseline; given when the bench computes it otherwise (a median of paired ratios). */
  readonly ratio?: number;
  readonly target?: Target;
}

/** One bench in the report: its figures, where and when they were measured, how to rerun it. */
export interface Section {
  readonly title: string;
  /** What is measured against what, in a sentence or two. */
  readonly description: string;
  readonly figures: readonly Figure[];
  /** Undefined for results written before the benches recorded their machine. */
  readonly machine: MachineFacts | undefined;
  readonly measuredAt: string | undefined;
  /** The command that reruns this bench alone and rewrites its results. */
  readonly command: string;
  readonly notes?: readonly string[];
}
