import type { Figure, Target } from './section.js';

/** The figure over its baseline: the bench's own ratio when it gives one, else the quotient. */
export function figureRatio(figure: Figure): number | undefined {
  if (figure.ratio !== undefined) return figure.ratio;
  if (figure.baseline === undefined) return undefined;
  return figure.measure.value / figure.baseline.measure.value;
}

/** Whether `figure` meets `target`; undefined when the figure has no ratio to judge. */
export function meetsTarget(figure: Figure, target: Target): boolean | undefined {
  const judged = target.on === 'ratio' ? figureRatio(figure) : figure.measure.value;
  if (judged === undefined || Number.isNaN(judged)) return undefined;
  return withinBound(judged, target);
}

/** Whether `value` (a ratio or a figure's own value, as the target says) is within its bound. */
export function withinBound(value: number, target: Target): boolean {
  if (target.bound === '≥') return value >= target.limit;
  return target.bound === '≤' ? value <= target.limit : value < target.limit;
}
