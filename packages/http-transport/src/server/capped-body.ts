/** What {@link readBodyAtMost} answers for a body over its cap. */
export const BODY_TOO_LARGE = 'too large';

/**
 * A server's request body, read while counting: the bytes, or {@link BODY_TOO_LARGE} as soon as
 * the declared `Content-Length` or the bytes received pass `maxBytes`. The rest of an oversized
 * body is never buffered (the stream is cancelled), so a chunked body of any length costs at
 * most `maxBytes` of memory. A request without a body reads as no bytes.
 */
export async function readBodyAtMost(
  request: Request,
  maxBytes: number,
): Promise<Uint8Array | typeof BODY_TOO_LARGE> {
  const declaredLength = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declaredLength > maxBytes) return BODY_TOO_LARGE;
  if (request.body === null) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxBytes) {
      // Let go without cancelling: on Node, cancelling destroys the socket, and the refusal may
      // never reach the caller. The server discards what else comes (a bounded drain), and the
      // stream reads no further meanwhile.
      reader.releaseLock();
      return BODY_TOO_LARGE;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
