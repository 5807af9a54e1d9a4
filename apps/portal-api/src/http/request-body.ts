import { BODY_TOO_LARGE, readBodyAtMost } from '@devportal/http-transport';
import { httpProblem, ProblemError } from './problem.js';

/** The largest request body accepted unless configured otherwise: 64 KiB. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;

/**
 * The request's JSON body, or `undefined` when it has none. Refuses with 413 a body over
 * `maxBytes` (before reading it all), 415 anything but JSON, 400 malformed JSON.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const bytes = await readBodyAtMost(request, maxBytes);
  if (bytes === BODY_TOO_LARGE) throw tooLarge(maxBytes);
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

function tooLarge(maxBytes: number): ProblemError {
  return new ProblemError(
    httpProblem('payload_too_large', { detail: `Send at most ${maxBytes} bytes` }),
  );
}
