import { packageConfig } from '../../vitest.shared.js';

export default packageConfig({
  test: { globalSetup: ['@devportal/test-support/global-setup'] },
});
