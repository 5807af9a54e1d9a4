import { packageConfig } from '../../vitest.shared.js';

export default packageConfig({
  test: {
    globalSetup: ['@devportal/test-support/global-setup', './test/support/bundles-global-setup.ts'],
    // Each test drives child processes of its own: files run one after another on 2 cores.
    fileParallelism: false,
    testTimeout: 60_000,
  },
});
