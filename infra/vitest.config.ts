import { packageConfig } from '../vitest.shared.js';

export default packageConfig({
  test: {
    globalSetup: ['test/support/build-web-site.ts'],
    // Synthesis is CPU-bound: on two shared cores, files one after another finish sooner.
    fileParallelism: false,
    // Skips CloudFormation's schema validation (~25 s a synthesis; `pnpm synth` still runs it).
    // cdk-nag runs anyway: the app registers it.
    env: { CDK_VALIDATION: 'false' },
  },
});
