/**
 * `pnpm bench`: each Lambda handler bundled as the CDK app bundles it, its size (plain and
 * gzipped), and its cold import time in fresh Node processes against the same spawn importing an
 * empty module. Spawns of every case alternate round by round, so a busy machine slows all alike.
 * Prints a table and writes `bench/results.json`.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { machineFacts } from '@devportal/bench-report';
// What the stack sets on every function (infra's `AppFunction`); parsing the map costs at import.
import {
  COLD_IMPORT_BUDGET_MS,
  FUNCTION_GZIP_BUDGET_BYTES,
  LAMBDA_NODE_TARGET,
} from '@devportal/infra/app-bundling';
import { APP_NODE_OPTIONS } from '@devportal/infra/app-runtime-variables';
import { bundleAsDeployed, HARNESS_NODE_TARGET } from '@devportal/lambda-lifecycle';
import { type ColdImport, coldImport } from './cold-import.js';
import { type LambdaHandler, lambdaHandlers } from './handler-environments.js';
import { median } from './median.js';

/** `LAMBDA_BUNDLES_SPAWNS=5` gives a quick smoke run; the recorded figures take the default. */
const SPAWNS = Number(process.env.LAMBDA_BUNDLES_SPAWNS ?? 25);
const WARM_UP_ROUNDS = 2;
/**
 * The SDK warns once per process on Node 20 that its support ends; on Lambda's Node 22 it would
 * not, so the warning is kept out of what is timed.
 */
const NODE_20_QUIET = { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };

interface Bundle {
  readonly handler: LambdaHandler;
  readonly path: string;
  readonly codeBytes: number;
  readonly gzipBytes: number;
  readonly sourceMapBytes: number;
}

interface ImportCase {
  readonly module: string;
  readonly sourceMaps: boolean;
  readonly path: string;
  readonly environment: Readonly<Record<string, string>>;
  readonly samples: ColdImport[];
}

const machine = machineFacts();
const directory = mkdtempSync(join(tmpdir(), 'devportal-lambda-bench-'));
try {
  const bundles: Bundle[] = [];
  for (const handler of lambdaHandlers()) {
    const outfile = join(directory, handler.name, 'index.mjs');
    mkdirSync(join(directory, handler.name));
    await bundleAsDeployed(handler.entry, outfile);
    const code = readFileSync(outfile);
    bundles.push({
      handler,
      path: outfile,
      codeBytes: code.length,
      gzipBytes: gzipSync(code).length,
      sourceMapBytes: statSync(`${outfile}.map`).size,
    });
  }
  const emptyModule = join(directory, 'empty.mjs');
  writeFileSync(emptyModule, '');

  const modules = [
    { module: 'empty module', path: emptyModule, environment: {} },
    ...bundles.map(({ handler, path }) => ({
      module: handler.name,
      path,
      environment: handler.environment,
    })),
  ];
  const cases: ImportCase[] = modules.flatMap((module) =>
    [true, false].map((sourceMaps) => ({
      ...module,
      sourceMaps,
      environment: {
        ...module.environment,
        ...NODE_20_QUIET,
        ...(sourceMaps && { NODE_OPTIONS: APP_NODE_OPTIONS }),
      },
      samples: [],
    })),
  );
  for (let round = 0; round < WARM_UP_ROUNDS + SPAWNS; round++) {
    // Each round starts one case later, so no case always follows the same neighbour.
    const order = cases.map((_, index) => cases[(index + round) % cases.length] as ImportCase);
    for (const importCase of order) {
      const sample = await coldImport(importCase.path, importCase.environment);
      if (round >= WARM_UP_ROUNDS) importCase.samples.push(sample);
    }
  }

  const medians = (module: string, sourceMaps: boolean) => {
    const found = cases.find((c) => c.module === module && c.sourceMaps === sourceMaps);
    const samples = found?.samples ?? [];
    return {
      wallMedianMs: round1(median(samples.map((sample) => sample.wallMs))),
      readyMedianMs: round1(median(samples.map((sample) => sample.readyMs))),
    };
  };
  const empty = { deployed: medians('empty module', true), plain: medians('empty module', false) };
  const results = {
    measuredAt: new Date().toISOString(),
    machine,
    bundleTarget: HARNESS_NODE_TARGET,
    deployedTarget: LAMBDA_NODE_TARGET,
    spawnsPerCase: SPAWNS,
    deployedNodeOptions: APP_NODE_OPTIONS,
    gzipBudgetBytes: FUNCTION_GZIP_BUDGET_BYTES,
    importBudgetMs: COLD_IMPORT_BUDGET_MS,
    emptyModule: empty,
    bundles: bundles.map(({ handler, codeBytes, gzipBytes, sourceMapBytes }) => {
      const deployed = medians(handler.name, true);
      const plain = medians(handler.name, false);
      return {
        name: handler.name,
        codeBytes,
        gzipBytes,
        sourceMapBytes,
        withinGzipBudget: gzipBytes <= FUNCTION_GZIP_BUDGET_BYTES,
        deployed,
        plain,
        wallRatio: round3(deployed.wallMedianMs / empty.deployed.wallMedianMs),
        importMs: round1(deployed.wallMedianMs - empty.deployed.wallMedianMs),
        withinImportBudget:
          deployed.wallMedianMs - empty.deployed.wallMedianMs <= COLD_IMPORT_BUDGET_MS,
        sourceMapsMs: round1(deployed.wallMedianMs - plain.wallMedianMs),
      };
    }),
  };

  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  process.stdout.write(`load average at start: ${machine.loadAverage.join(' ')}\n`);
  console.table(
    Object.fromEntries(
      results.bundles.map((bundle) => [
        bundle.name,
        {
          'index.mjs': kib(bundle.codeBytes),
          gzip: kib(bundle.gzipBytes),
          [`≤ ${kib(FUNCTION_GZIP_BUDGET_BYTES)}`]: bundle.withinGzipBudget ? 'met' : 'missed',
          'cold import ms (median)': bundle.deployed.wallMedianMs,
          'empty module ms': empty.deployed.wallMedianMs,
          'above empty ms': bundle.importMs,
          [`≤ ${COLD_IMPORT_BUDGET_MS} ms`]: bundle.withinImportBudget ? 'met' : 'missed',
          'source maps ms': bundle.sourceMapsMs,
        },
      ]),
    ),
  );
  writeFileSync(
    new URL('./results.json', import.meta.url),
    `${JSON.stringify(results, null, 2)}\n`,
  );
} finally {
  rmSync(directory, { recursive: true, force: true });
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
