import {
  configDefaults,
  defineConfig,
  mergeConfig,
  type ViteUserConfig,
  type ViteUserConfigFnObject,
} from 'vitest/config';

// Also for the main process, where global setups start DynamoDB Local and the sandbox.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/**
 * Integration tests need DynamoDB Local or start another program (an app, a stack, a browser,
 * a compiler): `vitest run --mode unit` (a package's `test:unit`) leaves them out, and with them
 * the global setups, which exist only for them.
 */
export const INTEGRATION_TESTS = '**/*.int.test.ts';

/** The base every package's vitest config extends. */
export function packageConfig(overrides: ViteUserConfig = {}): ViteUserConfigFnObject {
  return defineConfig(({ mode }) => {
    const config = mergeConfig(
      {
        test: {
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          // The AWS SDK warns on every client that Node 20 support ends; the project pins Node 20
          // on purpose (see TOOLING), so the warning is noise in every test run.
          env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      } satisfies ViteUserConfig,
      overrides,
    );
    if (mode !== 'unit') return config;
    return {
      ...config,
      test: {
        ...config.test,
        exclude: [...configDefaults.exclude, INTEGRATION_TESTS],
        globalSetup: [],
      },
    };
  });
}
