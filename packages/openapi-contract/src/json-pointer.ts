/** Escapes one segment of a JSON Pointer (RFC 6901). */
export function escapePointerSegment(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Builds a JSON Pointer from its segments. */
export function pointer(...segments: (string | number)[]): string {
  return segments.map((s) => `/${escapePointerSegment(String(s))}`).join('');
}

/** The value at a JSON Pointer, or `undefined` when the path does not exist. */
export function resolvePointer(document: unknown, path: string): unknown {
  if (path === '' || path === '/') return path === '' ? document : undefined;
  let node: unknown = document;
  for (const raw of path.slice(1).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * Follows local `$ref`s (`#/components/...`) until a non-reference object, and returns it with
 * the JSON Pointer it was found at. OpenAPI parameter, response and request-body references are
 * not JSON Schema references, so they are resolved here rather than by ajv.
 */
export function dereference(
  document: unknown,
  node: unknown,
  at: string,
): { node: Record<string, unknown>; at: string } {
  let current = node;
  let location = at;
  for (let hops = 0; hops < 32; hops++) {
    if (current === null || typeof current !== 'object') {
      throw new Error(`Expected an object at ${location}`);
    }
    const ref = (current as Record<string, unknown>).$ref;
    if (typeof ref !== 'string') return { node: current as Record<string, unknown>, at: location };
    if (!ref.startsWith('#'))
      throw new Error(`Only local $refs are supported: ${ref} at ${location}`);
    location = decodeURIComponent(ref.slice(1));
    current = resolvePointer(document, location);
    if (current === undefined) throw new Error(`Unresolvable $ref ${ref}`);
  }
  throw new Error(`$ref cycle at ${at}`);
}
