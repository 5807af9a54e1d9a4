import type { FaultConfig, RouteFaults } from './faults.js';

/** A fault configuration (`setFaults`, the `faults` option, `--faults`, `PUT /sandbox/faults`) that is not one. */
export class FaultConfigError extends Error {
  override readonly name = 'FaultConfigError';
}

/** The keys a fault configuration may name besides `'*'`: the operations the sandbox serves. */
export const FAULT_OPERATIONS = [
  'listBusinessCards',
  'getCorporateCard',
  'createLimitChange',
  'getLimitChangeState',
  'getCryptoInfo',
  'authorize',
  'exchangeToken',
] as const;

const ROUTE_FIELDS = new Set<string>([
  'errorRate',
  'errorStatus',
  'latencyMs',
  'dropRate',
  'retryAfterSeconds',
  'phase',
  'failNext',
]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function rate(value: unknown, at: string): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new FaultConfigError(`${at} must be a number from 0 to 1`);
  }
  return value;
}

function duration(value: unknown, at: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new FaultConfigError(`${at} must be a number of milliseconds ≥ 0`);
  }
  return value;
}

function wholeNumber(value: unknown, at: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new FaultConfigError(`${at} must be a whole number ≥ 0`);
  }
  return value;
}

function phase(value: unknown, at: string): 'before' | 'after' {
  if (value !== 'before' && value !== 'after') {
    throw new FaultConfigError(`${at} must be "before" or "after"`);
  }
  return value;
}

function errorStatus(value: unknown, at: string): 500 | 503 {
  if (value !== 500 && value !== 503) throw new FaultConfigError(`${at} must be 500 or 503`);
  return value;
}

function failNext(value: unknown, at: string): NonNullable<RouteFaults['failNext']> {
  if (!isRecord(value)) throw new FaultConfigError(`${at} must be an object`);
  const status = value.status === 'drop' ? 'drop' : errorStatus(value.status, `${at}.status`);
  return {
    count: wholeNumber(value.count, `${at}.count`),
    status,
    ...(value.phase === undefined ? {} : { phase: phase(value.phase, `${at}.phase`) }),
  };
}

function routeFaults(value: unknown, at: string): RouteFaults {
  if (!isRecord(value)) throw new FaultConfigError(`${at} must be an object`);
  for (const field of Object.keys(value)) {
    if (!ROUTE_FIELDS.has(field)) {
      throw new FaultConfigError(`${at}.${field} is not a fault (${[...ROUTE_FIELDS].join(', ')})`);
    }
  }
  const faults: RouteFaults = {};
  if (value.errorRate !== undefined) faults.errorRate = rate(value.errorRate, `${at}.errorRate`);
  if (value.dropRate !== undefined) faults.dropRate = rate(value.dropRate, `${at}.dropRate`);
  if (value.errorStatus !== undefined) {
    faults.errorStatus = errorStatus(value.errorStatus, `${at}.errorStatus`);
  }
  if (value.latencyMs !== undefined) {
    faults.latencyMs = duration(value.latencyMs, `${at}.latencyMs`);
  }
  if (value.retryAfterSeconds !== undefined) {
    faults.retryAfterSeconds = wholeNumber(value.retryAfterSeconds, `${at}.retryAfterSeconds`);
  }
  if (value.phase !== undefined) faults.phase = phase(value.phase, `${at}.phase`);
  if (value.failNext !== undefined) faults.failNext = failNext(value.failNext, `${at}.failNext`);
  return faults;
}

/**
 * Checks a fault configuration, typed or parsed from JSON: every key an operation the sandbox
 * serves (or `'*'`), every field a known fault with a value in its range. A mistyped operation or
 * field would otherwise inject nothing and let a test pass for the wrong reason.
 */
export function checkFaultConfig(value: unknown): FaultConfig {
  if (!isRecord(value)) throw new FaultConfigError('faults must be a JSON object');
  const operations = new Set<string>(['*', ...FAULT_OPERATIONS]);
  const config: FaultConfig = {};
  for (const [operation, faults] of Object.entries(value)) {
    if (!operations.has(operation)) {
      throw new FaultConfigError(
        `faults: ${operation} is not an operation of the sandbox (${[...operations].join(', ')})`,
      );
    }
    config[operation] = routeFaults(faults, `faults.${operation}`);
  }
  return config;
}
