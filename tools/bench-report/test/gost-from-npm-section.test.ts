import { describe, expect, test } from 'vitest';
import { meetsTarget } from '../src/figure-ratio.js';
import { machineFacts } from '../src/machine-facts.js';
import { type GostFromNpmResults, gostFromNpmSection } from '../src/sections/gost-from-npm.js';

const machine = machineFacts();
const results = (
  failures: number,
  knownVectorValid: boolean,
  errors: Record<string, number> = {},
): GostFromNpmResults => ({
  measuredAt: '2026-12-07T00:00:00.000Z',
  machine,
  digest: { name: '@devportal/digest', version: '0.2.0', tarball: 'devportal-digest-0.2.0.tgz' },
  knownVectorValid,
  cycles: 20_000,
  failures,
  errors,
  msPerCycle: 12.5,
});

const verdicts = (section: ReturnType<typeof gostFromNpmSection>) =>
  section.figures.map((figure) => figure.target && meetsTarget(figure, figure.target));

describe('gostFromNpmSection', () => {
  test('counts the failed cycles and the known signature, and passes only when both are zero', () => {
    // Act
    const clean = gostFromNpmSection(results(0, true));
    const failing = gostFromNpmSection(
      results(9, false, { 'ReferenceError: subtract is not defined': 9 }),
    );

    // Assess
    expect(clean.figures.map((figure) => [figure.name, figure.measure.value])).toEqual([
      ['failures in 20,000 keygen+sign+verify cycles', 0],
      ['failures to verify the known raw signature', 0],
      ['keygen+sign+verify cycle, mean', 12.5],
    ]);
    expect(verdicts(clean)).toEqual([true, true, undefined]);
    expect(verdicts(failing)).toEqual([false, false, undefined]);
    expect(failing.notes).toEqual(['Thrown 9×: `ReferenceError: subtract is not defined`.']);
  });

  test('names the installed tarball and the command that reruns the bench', () => {
    // Act
    const section = gostFromNpmSection(results(0, true));

    // Assess
    expect(section.title).toBe('GOST from an npm install');
    expect(section.description).toContain(
      '`@devportal/digest@0.2.0` (`devportal-digest-0.2.0.tgz`)',
    );
    expect(section.command).toBe('pnpm --filter @devportal/package-smoke bench');
    expect(section.machine).toBe(machine);
  });
});
