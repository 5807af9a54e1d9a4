import { packageConfig } from '../../vitest.shared.js';

// Each test file builds and packs the packages into the same dist/ folders: one file at a time.
export default packageConfig({ test: { fileParallelism: false } });
