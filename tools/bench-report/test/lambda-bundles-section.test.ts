import { describe, expect, test } from 'vitest';
import { meetsTarget } from '../src/figure-ratio.js';
import { type LambdaBundlesResults, lambdaBundlesSection } from '../src/sections/lambda-bundles.js';

const spawns = (wallMedianMs: number) => ({ wallMedianMs, readyMedianMs: wallMedianMs - 10 });

function results(gzipBytes: number, deployedMs: number): LambdaBundlesResults {
  return {
    measuredAt: '2026-12-07T00:00:00.000Z',
    bundleTarget: 'node20',
    deployedTarget: 'node22',
    spawnsPerCase: 25,
    deployedNodeOptions: '--enable-source-maps',
    gzipBudgetBytes: 250 * 1024,
    importBudgetMs: 50,
    emptyModule: { deployed: spawns(24), plain: spawns(24) },
    bundles: [
      {
        name: 'portal-api',
        codeBytes: 3 * gzipBytes,
        gzipBytes,
        sourceMapBytes: 900_000,
        deployed: spawns(deployedMs),
        plain: spawns(deployedMs),
      },
    ],
  };
}

/** Each targeted figure's name and whether it met its target. */
function verdicts(recorded: LambdaBundlesResults) {
  return lambdaBundlesSection(recorded)
    .figures.filter((figure) => figure.target)
    .map((figure) => [figure.name, figure.target && meetsTarget(figure, figure.target)]);
}

describe('lambdaBundlesSection: the budgets', () => {
  test('meets both when the bundle is within 250 KiB gzipped and imports within 50 ms of the empty module', () => {
    expect(verdicts(results(250 * 1024, 74))).toEqual([
      ['portal-api: index.mjs gzipped', true],
      ['portal-api: cold import above the empty module', true],
    ]);
  });

  test('misses each one past it: the import read against the empty module of the same run', () => {
    expect(verdicts(results(250 * 1024 + 1, 74.1))).toEqual([
      ['portal-api: index.mjs gzipped', false],
      ['portal-api: cold import above the empty module', false],
    ]);
  });

  test('results without budgets show the figures without a verdict', () => {
    const { gzipBudgetBytes, importBudgetMs, ...older } = results(400_000, 200);
    expect(verdicts(older)).toEqual([]);
  });
});
