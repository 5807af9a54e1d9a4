import { packageConfig } from '../../vitest.shared.js';
import { SecretsScanLastSequencer } from './test/support/secrets-scan-last-sequencer.js';

export default packageConfig({
  test: {
    // One stack for the whole run (DynamoDB Local takes ~10 s to start on 2 cores).
    globalSetup: ['./test/support/system-global-setup.ts'],
    // The suites share the stack and measure it: one file at a time, the secrets scan last.
    fileParallelism: false,
    sequence: { sequencer: SecretsScanLastSequencer },
    testTimeout: 60_000,
  },
});
