import { baseUrlProblem } from '@devportal/http-transport';
import { SberConfigurationError } from '../errors/transport-errors.js';
import { bankServers } from '../generated/sber-business-cards.patterns.js';

/** A contour of the bank by name, or the base URL of another one (e.g. the sandbox). */
export type SberEnvironment = keyof typeof bankServers | (string & {});

/** The base URL of the API for an environment, without a trailing slash. */
export function baseUrlFor(environment: SberEnvironment): string {
  const url =
    environment in bankServers ? bankServers[environment as keyof typeof bankServers] : environment;
  if (baseUrlProblem('environment', url)) {
    throw new SberConfigurationError(
      `environment must be 'test', 'production' or an http(s) base URL, got ${JSON.stringify(environment)}`,
    );
  }
  return url.replace(/\/+$/, '');
}
