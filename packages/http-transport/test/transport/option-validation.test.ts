import { describe, expect, it } from 'vitest';
import { baseUrlProblem, numericOptionProblem } from '../../src/index.js';
import { aCall, transportUnderTest } from '../support/transport-under-test.js';

const unusableTimeouts = [Number.POSITIVE_INFINITY, -5, 0, Number.NaN, 2 ** 31, 1.5, '100'];

describe('option validation', () => {
  it.each(unusableTimeouts)('refuses timeoutMs %s, naming it and the accepted range', (value) => {
    // Act
    const problem = numericOptionProblem('timeoutMs', value);

    // Assess
    expect(problem).toMatch(/^timeoutMs must be a whole number from 1 to 2147483647, got /);
  });

  it('accepts the bounds of each range and an absent value', () => {
    // Act
    const problems = [
      numericOptionProblem('timeoutMs', 1),
      numericOptionProblem('timeoutMs', 2 ** 31 - 1),
      numericOptionProblem('maxRetries', 0),
      numericOptionProblem('maxRetries', undefined),
      numericOptionProblem('initialDelayMs', 0),
    ];

    // Assess
    expect(problems).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it.each([-1, 2.5, 101, Number.POSITIVE_INFINITY])('refuses maxRetries %s', (value) => {
    expect(numericOptionProblem('maxRetries', value)).toMatch(/^maxRetries must be/);
  });

  it.each(['', 'api.example.com', 'ftp://example.com', 'http://', 42])(
    'refuses the base URL %j',
    (value) => {
      expect(baseUrlProblem('baseUrl', value)).toMatch(
        /^baseUrl must be an absolute http\(s\) URL/,
      );
    },
  );

  it('refuses a backoff that cannot work when the transport is made', () => {
    // Act
    const build = () => transportUnderTest({ backoff: { maxDelayMs: Number.POSITIVE_INFINITY } });

    // Assess
    expect(build).toThrow(
      expect.objectContaining({
        kind: 'configuration',
        message: expect.stringMatching(/^backoff\.maxDelayMs/),
      }),
    );
  });

  it('refuses a call whose own timeout cannot work, before sending anything', async () => {
    // Prepare
    const transport = transportUnderTest();
    const request = new transport.Request('http://127.0.0.1:9/never');

    // Act
    const failure = await transport
      .send(request, aCall({ timeoutMs: 2 ** 31 }))
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toMatchObject({
      kind: 'configuration',
      message: expect.stringMatching(/^timeoutMs/),
    });
  });
});
