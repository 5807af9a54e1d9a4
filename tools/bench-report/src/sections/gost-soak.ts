import type { MachineFacts } from '../machine-facts.js';
import type { Section } from '../section.js';

interface InverseRun {
  readonly inputs: number;
  readonly failures: number;
}

/** `packages/digest/bench/soak-results.json`. */
export interface GostSoakResults {
  readonly measuredAt: string;
  readonly machine?: MachineFacts;
  readonly inversesModQ: InverseRun;
  readonly inversesModP: InverseRun;
  readonly keygenSignVerify: { readonly cycles: number; readonly failures: number };
}

/** Failures of the GOST arithmetic over many random inputs: none is the only acceptable count. */
export function gostSoakSection(results: GostSoakResults): Section {
  const none = { on: 'value', bound: '≤', limit: 0 } as const;
  const { inversesModQ, inversesModP, keygenSignVerify } = results;
  const count = (value: number) => value.toLocaleString('en-US');
  return {
    title: 'GOST arithmetic over random inputs',
    description:
      'Random modular inverses mod q (the group order) and mod p (the field prime) of CryptoPro curve A, checked as a·a⁻¹ ≡ 1, and keygen+sign+verify cycles over a limit change, each cycle with a fresh key. These run on the workspace sources; the next section runs the cycles from an npm install of the tarball.',
    figures: [
      {
        name: `failures in ${count(inversesModQ.inputs)} inversions mod q`,
        measure: { value: inversesModQ.failures, unit: 'count' },
        target: none,
      },
      {
        name: `failures in ${count(inversesModP.inputs)} inversions mod p`,
        measure: { value: inversesModP.failures, unit: 'count' },
        target: none,
      },
      {
        name: `failures in ${count(keygenSignVerify.cycles)} keygen+sign+verify cycles`,
        measure: { value: keygenSignVerify.failures, unit: 'count' },
        target: none,
      },
    ],
    machine: results.machine,
    measuredAt: results.measuredAt,
    command: 'pnpm --filter @devportal/digest soak',
  };
}
