import { packageConfig } from '../../vitest.shared.js';

export default packageConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The browser suite drives one Chromium through the whole onboarding; its steps depend on
    // each other and share the browser, so they run in order within one file.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    globalSetup: ['test/browser/build-site-once.ts'],
  },
});
