import { httpProblem, ProblemError } from './problem.js';

/** The largest request body accepted unless configured otherwise: 64 KiB. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;

/**
 * The request's JSON body, or `undefined` when it has none. Refuses with 413 a body over
 * `maxBytes` (before reading it all), 415 anything but JSON, 400 malformed JSON.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const declaredLength = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declaredLength > maxBytes) throw tooLarge(maxBytes);
  const bytes = await readAtMost(request, maxBytes);
  if (bytes.length === 0) return undefined;
  const mediaType = (request.headers.get('content-type') ?? '').split(';', 1)[0]?.trim() ?? '';
  if (!JSON_MEDIA_TYPE.test(mediaType)) {
    throw new ProblemError(
      httpProblem('unsupported_media_type', { detail: `Got ${mediaType || 'no content type'}` }),
    );
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new ProblemError(httpProblem('malformed_json'));
  }
}

async function readAtMost(request: Request, maxBytes: number): Promise<Uint8Array> {
  if (request.body === null) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function tooLarge(maxBytes: number): ProblemError {
  return new ProblemError(
    httpProblem('payload_too_large', { detail: `Send at most ${maxBytes} bytes` }),
  );
}
