import type { PackedPackage } from '../src/packed-packages.js';

// What package-smoke's globalSetup provides to every test file through vitest's `inject`.
declare module 'vitest' {
  export interface ProvidedContext {
    /** The scratch project: the packed packages npm-installed from their tarballs, and `scratch/`. */
    scratchProject: string;
    /** The packages as packed for that install. */
    packedPackages: PackedPackage[];
    /** How long the setup's steps took (build, pack, npm install), in milliseconds. */
    scratchInstallTimings: Record<string, number>;
  }
}
