import { readFileSync } from 'node:fs';
import { Template } from 'aws-cdk-lib/assertions';
import { createDevportalApp, type DevportalApp } from '../../src/devportal-app.js';
import type { StageName } from '../../src/stage/stage-settings.js';

/** The context of `cdk.json`, so that tests build exactly what `pnpm synth` builds. */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8'));
  return cdkJson.context;
}

/** How to synthesize a stage in a test. */
export interface SynthesisOptions {
  /** Run esbuild on the apps (only the bundle tests need the output). */
  readonly bundle?: boolean;
  /** Context on top of `cdk.json`'s. */
  readonly context?: Record<string, unknown>;
  /** Where the cloud assembly goes (a temporary folder otherwise). */
  readonly outdir?: string;
}

/** The app of `stage` as `pnpm synth` builds it, esbuild skipped unless asked for. */
export function devportalApp(stage: StageName, options: SynthesisOptions = {}): DevportalApp {
  return createDevportalApp({
    context: {
      ...cdkJsonContext(),
      stage,
      ...(!options.bundle && { 'aws:cdk:bundling-stacks': [] }),
      ...options.context,
    },
    ...(options.outdir && { outdir: options.outdir }),
  });
}

/** The synthesized template of `stage`'s stack, with the stack for its construct tree. */
export function synthesizeStage(stage: StageName, options: SynthesisOptions = {}) {
  const { stack } = devportalApp(stage, options);
  return { stack, template: Template.fromStack(stack) };
}
