import { packageConfig } from '../vitest.shared.js';

export default packageConfig({
  test: {
    // Synthesis is CPU-bound: files one at a time keep each under its timeout on a shared machine.
    fileParallelism: false,
    // cdk-nag and the CloudFormation validator would add ~35 s to every synthesis; the nag test
    // registers its plugin itself and the CloudFormation checks run in `pnpm synth`.
    env: { CDK_VALIDATION: 'false' },
  },
});
