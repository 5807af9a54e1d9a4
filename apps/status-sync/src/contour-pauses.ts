import type { Contour } from '@devportal/portal-domain';

/**
 * The contours that asked to be left alone (429, or 503 with `Retry-After`), until
 * when, on the wall clock: a paused contour's documents wait or are rescheduled while
 * the other contour goes on.
 */
export class ContourPauses {
  private readonly until = new Map<Contour, number>();

  /** Leaves `contour` alone for `ms` (a longer pause already set stands). */
  pause(contour: Contour, ms: number): void {
    const until = Date.now() + ms;
    if ((this.until.get(contour) ?? 0) < until) this.until.set(contour, until);
  }

  /** How long `contour` is still paused, in milliseconds (0 when it is not). */
  remainingMs(contour: Contour): number {
    return Math.max(0, (this.until.get(contour) ?? 0) - Date.now());
  }
}
