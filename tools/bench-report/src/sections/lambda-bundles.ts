import type { MachineFacts } from '../machine-facts.js';
import type { Figure, Section } from '../section.js';

interface Spawns {
  readonly wallMedianMs: number;
  readonly readyMedianMs: number;
}

interface BundleResults {
  readonly name: string;
  readonly codeBytes: number;
  readonly gzipBytes: number;
  readonly sourceMapBytes: number;
  readonly deployed: Spawns;
  readonly plain: Spawns;
}

/** `tools/lambda-bundles/bench/results.json`. */
export interface LambdaBundlesResults {
  readonly measuredAt: string;
  readonly machine?: MachineFacts;
  readonly bundleTarget: string;
  readonly deployedTarget: string;
  readonly spawnsPerCase: number;
  readonly deployedNodeOptions: string;
  /** Absent in results written before the gzip budget. */
  readonly gzipBudgetBytes?: number;
  /** Absent in results written before the cold-import budget. */
  readonly importBudgetMs?: number;
  readonly emptyModule: { readonly deployed: Spawns; readonly plain: Spawns };
  readonly bundles: readonly BundleResults[];
}

function figuresOf(bundle: BundleResults, results: LambdaBundlesResults): Figure[] {
  const emptyModule = results.emptyModule.deployed.wallMedianMs;
  return [
    {
      name: `${bundle.name}: index.mjs`,
      measure: { value: bundle.codeBytes, unit: 'bytes' },
    },
    {
      name: `${bundle.name}: index.mjs gzipped`,
      measure: { value: bundle.gzipBytes, unit: 'bytes' },
      ...(results.gzipBudgetBytes !== undefined && {
        target: {
          on: 'value',
          bound: '≤',
          limit: results.gzipBudgetBytes,
          source: "infra's synth test",
        },
      }),
    },
    {
      name: `${bundle.name}: cold import, median`,
      measure: { value: bundle.deployed.wallMedianMs, unit: 'ms' },
      baseline: {
        name: 'the same spawn importing an empty module',
        measure: { value: emptyModule, unit: 'ms' },
      },
    },
    {
      name: `${bundle.name}: cold import above the empty module`,
      measure: { value: bundle.deployed.wallMedianMs - emptyModule, unit: 'ms' },
      ...(results.importBudgetMs !== undefined && {
        target: { on: 'value', bound: '≤', limit: results.importBudgetMs },
      }),
    },
    {
      name: `${bundle.name}: cold import with ${results.deployedNodeOptions} (as deployed)`,
      measure: { value: bundle.deployed.wallMedianMs, unit: 'ms' },
      baseline: {
        name: `the same without ${results.deployedNodeOptions}`,
        measure: { value: bundle.plain.wallMedianMs, unit: 'ms' },
      },
    },
  ];
}

/** Each handler's bundle size and the time a fresh Node process takes to import it. */
export function lambdaBundlesSection(results: LambdaBundlesResults): Section {
  return {
    title: 'Lambda bundles: size and cold import',
    description: `Each Lambda handler bundled with esbuild as infra's \`AppFunction\` has NodejsFunction bundle it (ESM, minified, external source map without sources, every dependency bundled, the \`require\` banner), then imported in fresh Node processes: \`node --input-type=module -e "await import(<bundle>)"\` with the variables the handler needs to build itself (dummy table, KMS key, contours; nothing is called), ${results.spawnsPerCase} spawns per case, every case once per round, and read against the same spawn importing an empty module. A cold start on Lambda pays this import (its own start-up differs).`,
    figures: results.bundles.flatMap((bundle) => figuresOf(bundle, results)),
    notes: [
      'Bundled from the checkout as it stood when the bench ran, uncommitted changes included: compare sizes across runs with that in mind.',
      `Bundled with target \`${results.bundleTarget}\` instead of the stack's \`${results.deployedTarget}\`, because this machine runs Node 20 and imports the bundles. When this bench was written both targets gave bundles of the same size: esbuild had no syntax to lower for Node 20.`,
      `Both sides run with \`NODE_OPTIONS=${results.deployedNodeOptions}\`, as the stack sets it, and the last row of each handler reads that against the same import without the flag: what reading the source map costs at import (a difference this small is within the noise of a busy machine). Source maps: ${results.bundles.map((bundle) => `${bundle.name} ${Math.round(bundle.sourceMapBytes / 1024).toLocaleString('en-GB')} KiB`).join(', ')}.`,
    ],
    machine: results.machine,
    measuredAt: results.measuredAt,
    command: 'pnpm --filter @devportal/lambda-bundles bench',
  };
}
