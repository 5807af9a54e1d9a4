/** The step of a GOST computation that failed. */
export type GostComputationStep = 'random-scalar' | 'public-key' | 'signature' | 'verification';

/**
 * A GOST R 34.10-2012 computation failed inside its arithmetic, on input that
 * was valid: a defect or a broken environment (a random source that returns no
 * usable numbers), never a bad key, certificate or signature. The message names
 * the step and holds no key material.
 */
export class GostComputationError extends Error {
  override readonly name = 'GostComputationError';
  /** a stable code for logs and exit statuses */
  readonly code = 'GOST_COMPUTATION_FAILED';

  constructor(
    /** where it failed */
    readonly step: GostComputationStep,
    options?: { cause?: unknown },
  ) {
    super(
      `GOST computation failed (${step}): a defect or a broken random source, not bad input`,
      options,
    );
  }
}
