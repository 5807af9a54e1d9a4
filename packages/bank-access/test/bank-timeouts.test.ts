import { describe, expect, it } from 'vitest';
import { bankTimeoutsFromEnvironment } from '../src/index.js';

describe('the bank timeouts', () => {
  it('are 3 s to connect and 10 s in all when the function has room for them', () => {
    // Act
    const gateway = bankTimeoutsFromEnvironment({ FUNCTION_TIMEOUT_MS: '29000' }, 2);
    const local = bankTimeoutsFromEnvironment({}, 2);

    // Assess
    expect(gateway).toEqual({ connectMs: 3_000, totalMs: 10_000 });
    expect(local).toEqual({ connectMs: 3_000, totalMs: 10_000 });
  });

  it('are lowered to end before a short function timeout', () => {
    // Act
    const timeouts = bankTimeoutsFromEnvironment({ FUNCTION_TIMEOUT_MS: '6000' }, 2);

    // Assess
    expect(timeouts).toEqual({ connectMs: 2_000, totalMs: 2_000 });
  });

  it('take the configured values when they fit', () => {
    // Act
    const timeouts = bankTimeoutsFromEnvironment(
      {
        FUNCTION_TIMEOUT_MS: '29000',
        BANK_CONNECT_TIMEOUT_MS: '1500',
        BANK_TOTAL_TIMEOUT_MS: '13500',
      },
      2,
    );

    // Assess
    expect(timeouts).toEqual({ connectMs: 1_500, totalMs: 13_500 });
  });

  it('refuse values that would outlive the function, or a connect longer than the whole', () => {
    // Act
    const tooLong = () =>
      bankTimeoutsFromEnvironment(
        { FUNCTION_TIMEOUT_MS: '29000', BANK_TOTAL_TIMEOUT_MS: '13501' },
        2,
      );
    const connectTooLong = () =>
      bankTimeoutsFromEnvironment(
        { BANK_CONNECT_TIMEOUT_MS: '5000', BANK_TOTAL_TIMEOUT_MS: '4000' },
        1,
      );
    const notANumber = () => bankTimeoutsFromEnvironment({ BANK_TOTAL_TIMEOUT_MS: '10s' }, 1);

    // Assess
    expect(tooLong).toThrow(/BANK_TOTAL_TIMEOUT_MS \(13501\) times 2 bank calls must end/);
    expect(connectTooLong).toThrow('BANK_CONNECT_TIMEOUT_MS (5000) must not exceed');
    expect(notANumber).toThrow('Set BANK_TOTAL_TIMEOUT_MS to a positive number of milliseconds');
  });
});
