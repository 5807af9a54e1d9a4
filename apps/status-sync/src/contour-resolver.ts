import type { Contour, LimitChangeRecord } from '@devportal/portal-domain';

/**
 * Which contour of the bank holds a recorded request. A port because the record does
 * not say yet: the gateway knows (the plan's contour) and should record it.
 */
export type ContourResolver = (record: LimitChangeRecord) => Contour | Promise<Contour>;

/** Every request on one contour: the local stack (sandbox only) and single-contour deployments. */
export function fixedContour(contour: Contour): ContourResolver {
  return () => contour;
}
