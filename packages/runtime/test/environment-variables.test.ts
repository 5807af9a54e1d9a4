import { describe, expect, it } from 'vitest';
import { ENVIRONMENT, optionalVariable, requiredVariable, variablesOf } from '../src/index.js';

describe('the environment contract', () => {
  it('reads a set variable as its parser reads it, an empty one as unset', () => {
    // Prepare
    const env = { FUNCTION_TIMEOUT_MS: '29000', SBER_CONTOUR: 'production', DYNAMODB_ENDPOINT: '' };

    // Act
    const functionTimeoutMs = requiredVariable(env, ENVIRONMENT.functionTimeoutMs);
    const contour = optionalVariable(env, ENVIRONMENT.sberContour);
    const endpoint = optionalVariable(env, ENVIRONMENT.dynamoDbEndpoint);

    // Assess
    expect(functionTimeoutMs).toBe(29_000);
    expect(contour).toBe('production');
    expect(endpoint).toBeUndefined();
  });

  it('names the variable that is unset, or what a wrong value must be', () => {
    // Act
    const unset = () => requiredVariable({ PORTAL_TABLE_NAME: '' }, ENVIRONMENT.portalTableName);
    const notAContour = () => optionalVariable({ SBER_CONTOUR: 'prod' }, ENVIRONMENT.sberContour);
    const negative = () =>
      optionalVariable({ SYNC_RUN_COOLDOWN_SECONDS: '-1' }, ENVIRONMENT.syncRunCooldownSeconds);

    // Assess
    expect(unset).toThrow('Set the environment variable PORTAL_TABLE_NAME');
    expect(notAContour).toThrow('Set SBER_CONTOUR to test or production, not prod');
    expect(negative).toThrow('Set SYNC_RUN_COOLDOWN_SECONDS to a whole number of seconds, not -1');
  });

  it('writes variables by their names, as text, leaving out those without a value', () => {
    // Act
    const written = variablesOf({
      portalTableName: 'portal',
      functionTimeoutMs: 29_000,
      powertoolsLoggerLogEvent: false,
      gatewayBasePath: undefined,
    });

    // Assess
    expect(written).toEqual({
      PORTAL_TABLE_NAME: 'portal',
      FUNCTION_TIMEOUT_MS: '29000',
      POWERTOOLS_LOGGER_LOG_EVENT: 'false',
    });
  });

  it('declares each name once', () => {
    // Act
    const names = Object.values(ENVIRONMENT).map((variable) => variable.name);

    // Assess
    expect(new Set(names).size).toBe(names.length);
  });
});
