import { numericOptionsProblem } from '@devportal/http-transport';
import { SberConfigurationError } from '../errors/transport-errors.js';
import type { SberClientOptions } from './client-options.js';

/**
 * Refuses, when the client is made, settings that would fail every call later in a misleading
 * way (`timeoutMs: Infinity` as a protocol error, `2 ** 31` as a 1 ms timeout). The backoff is
 * checked by the transport, the environment by `baseUrlFor`.
 */
export function checkedClientOptions(options: SberClientOptions): void {
  const problem = numericOptionsProblem({
    timeoutMs: options.timeoutMs,
    maxRetries: options.maxRetries,
  });
  if (problem) throw new SberConfigurationError(problem);
}
