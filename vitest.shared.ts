import { defineConfig, mergeConfig, type ViteUserConfig } from 'vitest/config';

// Also for the main process, where global setups start DynamoDB Local and the sandbox.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** The base every package's vitest config extends. */
export function packageConfig(overrides: ViteUserConfig = {}): ViteUserConfig {
  return mergeConfig(
    defineConfig({
      test: {
        include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        // The AWS SDK warns on every client that Node 20 support ends; the project pins Node 20
        // on purpose (see TOOLING), so the warning is noise in every test run.
        env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
        testTimeout: 20_000,
        hookTimeout: 60_000,
      },
    }),
    overrides,
  );
}
