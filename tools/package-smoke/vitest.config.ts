import { packageConfig } from '../../vitest.shared.js';

// One build, pack and npm install for the whole run, which every test file reads.
export default packageConfig({ test: { globalSetup: ['./test/scratch-install-setup.ts'] } });
