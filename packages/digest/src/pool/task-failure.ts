import {
  GostComputationError,
  type GostComputationStep,
} from '../signing/gost-computation-error.js';

/**
 * A task's error as it crosses the thread boundary. Structured cloning turns
 * every error into a plain `Error`, so the class is carried as data and rebuilt
 * on the caller's side.
 */
export type TaskFailure =
  | { kind: 'computation'; step: GostComputationStep }
  | { kind: 'error'; message: string };

/** What a worker sends back for an error its task threw. */
export function taskFailureOf(error: unknown): TaskFailure {
  if (error instanceof GostComputationError) return { kind: 'computation', step: error.step };
  return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
}

/** The error the pool rejects with: a `GostComputationError` stays one. */
export function errorOfTaskFailure(failure: TaskFailure): Error {
  return failure.kind === 'computation'
    ? new GostComputationError(failure.step)
    : new Error(failure.message);
}
