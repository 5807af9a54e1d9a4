import type { Contour, LimitChangeRecord } from '@devportal/portal-domain';

/** Which contour of the bank holds a recorded request. */
export type ContourResolver = (record: LimitChangeRecord) => Contour;

/**
 * The contour the gateway recorded on the request (its plan's); `fallback` for records made
 * before it did.
 */
export function recordedContour(fallback: Contour): ContourResolver {
  return (record) => record.contour ?? fallback;
}
