// What of spec/portal.yaml the portal API's contract reads at run time (generate-portal-spec.ts).

/** Keywords that only document: the reference, the clients and the tests read them from spec/. */
const NOT_READ_AT_RUN_TIME = new Set([
  'description',
  'summary',
  'example',
  'examples',
  'externalDocs',
]);

/**
 * `node` without what the contract never reads, at every depth but where names are data: the
 * members of a schema's `properties` (a property may be called `description`) keep their names.
 */
export function runtimeCopy(node: unknown, namesAreData = false): unknown {
  if (Array.isArray(node)) return node.map((item) => runtimeCopy(item));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => namesAreData || !NOT_READ_AT_RUN_TIME.has(key))
      .map(([key, value]) => [key, runtimeCopy(value, !namesAreData && key === 'properties')]),
  );
}
