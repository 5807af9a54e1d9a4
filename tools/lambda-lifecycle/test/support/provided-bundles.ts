// What the bundles' globalSetup provides to every test file through vitest's `inject`.
declare module 'vitest' {
  export interface ProvidedContext {
    /** The `index.mjs` of each deployed function, bundled for this run. */
    bundles: { cardsGateway: string; statusSync: string; portalApi: string };
  }
}

export {};
