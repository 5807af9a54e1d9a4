import { describe, expect, it } from 'vitest';
import { errorOfTaskFailure, taskFailureOf } from '../src/pool/task-failure.js';
import { GostComputationError } from '../src/signing/gost-computation-error.js';

/** What crosses to the pool: a worker's reply is structured-cloned. */
const acrossThreads = (error: unknown) => errorOfTaskFailure(structuredClone(taskFailureOf(error)));

describe('a task failure crossing the thread boundary', () => {
  it('keeps a GostComputationError its class, code and step', () => {
    const error = acrossThreads(
      new GostComputationError('verification', { cause: new Error('x') }),
    );

    expect(error).toBeInstanceOf(GostComputationError);
    expect(error).toMatchObject({
      name: 'GostComputationError',
      code: 'GOST_COMPUTATION_FAILED',
      step: 'verification',
    });
  });

  it('keeps the message of any other error, as a plain Error', () => {
    const error = acrossThreads(new RangeError('private key: expected 32 bytes'));

    expect(error).not.toBeInstanceOf(GostComputationError);
    expect(error.message).toBe('private key: expected 32 bytes');
  });
});
