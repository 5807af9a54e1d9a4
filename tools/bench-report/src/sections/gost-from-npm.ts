import type { MachineFacts } from '../machine-facts.js';
import type { Section } from '../section.js';

/** `tools/package-smoke/bench/results.json`. */
export interface GostFromNpmResults {
  readonly measuredAt: string;
  readonly machine: MachineFacts;
  /** The packed `@devportal/digest` that npm installed: its name, version and tarball's file name. */
  readonly digest: { readonly name: string; readonly version: string; readonly tarball: string };
  /** Whether the limit change's known raw signature verified. */
  readonly knownVectorValid: boolean;
  readonly cycles: number;
  readonly failures: number;
  /** Each thrown error's text, with how many cycles threw it. */
  readonly errors: Readonly<Record<string, number>>;
  readonly msPerCycle: number;
}

/**
 * Failures of GOST as an npm user gets it: keygen+sign+verify cycles through the public API of the
 * npm-installed tarball, and the limit change's known raw signature. None is the only acceptable count.
 */
export function gostFromNpmSection(results: GostFromNpmResults): Section {
  const none = { on: 'value', bound: '≤', limit: 0 } as const;
  const { digest, cycles, failures, errors } = results;
  const thrown = Object.entries(errors).map(([error, times]) => `Thrown ${times}×: \`${error}\`.`);
  return {
    title: 'GOST from an npm install',
    description: `Keygen+sign+verify cycles over a limit change, each with a fresh key, through the public API of \`${digest.name}@${digest.version}\` (\`${digest.tarball}\`) as \`npm install\` puts it in a scratch project outside the workspace (\`scratch/gost-from-npm.ts\`), and the limit change's known raw signature, which node-gost-crypto 1.0.2 could never verify.`,
    figures: [
      {
        name: `failures in ${cycles.toLocaleString('en-US')} keygen+sign+verify cycles`,
        measure: { value: failures, unit: 'count' },
        target: none,
      },
      {
        name: 'failures to verify the known raw signature',
        measure: { value: results.knownVectorValid ? 0 : 1, unit: 'count' },
        target: none,
      },
      {
        name: 'keygen+sign+verify cycle, mean',
        measure: { value: results.msPerCycle, unit: 'ms' },
      },
    ],
    machine: results.machine,
    measuredAt: results.measuredAt,
    command: 'pnpm --filter @devportal/package-smoke bench',
    notes: thrown,
  };
}
