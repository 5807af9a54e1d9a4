import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

/** The machine a bench ran on, as its `results.json` records it under `machine`. */
export interface MachineFacts {
  /** The CPU's model name, as the kernel reports it. */
  readonly cpu: string;
  /** Cores this process may use (`os.availableParallelism()`). */
  readonly cores: number;
  readonly memoryBytes: number;
  /** `process.version`, e.g. `v20.20.2`. */
  readonly node: string;
  /** `linux x64` and the like. */
  readonly platform: string;
  /**
   * The 1, 5 and 15 minute load averages when the bench started: on a shared machine they say how
   * much of it the bench had, and so how far to trust its absolute figures.
   */
  readonly loadAverage: readonly [number, number, number];
}

/**
 * The facts about this machine a bench records: call it before the bench starts measuring, so
 * the load average is the one the bench met rather than the one it caused.
 *
 * @example
 * const machine = machineFacts();
 * // … measure …
 * writeFileSync(results, JSON.stringify({ measuredAt: new Date().toISOString(), machine, … }));
 */
export function machineFacts(): MachineFacts {
  const [one = 0, five = 0, fifteen = 0] = loadavg().map((load) => Math.round(load * 100) / 100);
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryBytes: totalmem(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: [one, five, fifteen],
  };
}
