import { join } from 'node:path';
import { runIn } from '../src/scratch-project.js';

/** What `scratch/gost-from-npm.ts` prints: the known vector's verdict and the cycles' failures. */
export interface GostFromNpmRun {
  readonly knownVectorValid: boolean;
  readonly cycles: number;
  readonly failures: number;
  /** Each thrown error's text, with how many cycles threw it. */
  readonly errors: Record<string, number>;
  readonly msPerCycle: number;
}

/**
 * Compiles `scratch/gost-from-npm.ts` in the scratch project with its installed TypeScript and runs
 * it with node for `cycles` keygen+sign+verify cycles, against the npm-installed `@devportal/digest`.
 */
export async function runGostFromNpm(project: string, cycles: number): Promise<GostFromNpmRun> {
  await runIn(project, join(project, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.gost.json']);
  const output = await runIn(project, process.execPath, ['build/gost-from-npm.js'], {
    ...process.env,
    GOST_CYCLES: String(cycles),
  });
  return JSON.parse(output.trim()) as GostFromNpmRun;
}
