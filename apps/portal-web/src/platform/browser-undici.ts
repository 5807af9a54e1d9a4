/**
 * Stands in for `undici` in the browser build. The site gives the portal client the browser's
 * `fetch`, so undici's own `fetch` and its TLS `Agent` are never reached; should that change,
 * the failure names the cause instead of a missing Node module.
 */
export const fetch: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init);

export class Agent {
  constructor() {
    throw new Error('Mutual TLS is not available in the browser.');
  }
}
