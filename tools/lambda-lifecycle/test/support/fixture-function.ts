import { fileURLToPath } from 'node:url';
import type {
  AwsCredentials,
  EnvironmentServices,
  FunctionConfiguration,
} from '../../src/index.js';

/** The fixture bundle: an interval timer, a SIGTERM witness, and a handler reporting both. */
export const INTERVAL_TIMER_FIXTURE = fileURLToPath(
  new URL('../fixtures/interval-timer.mjs', import.meta.url),
);

/** A fixture function's configuration: `timeoutMs`, one or more environments. */
export function fixtureFunction(
  overrides: Partial<FunctionConfiguration> & { readonly sigtermMarker: string },
): FunctionConfiguration {
  const { sigtermMarker, ...rest } = overrides;
  return {
    name: 'lifecycle-fixture',
    bundlePath: INTERVAL_TIMER_FIXTURE,
    memorySize: 128,
    timeoutMs: 3_000,
    region: 'eu-west-1',
    reservedConcurrency: 1,
    environment: { SIGTERM_MARKER: sigtermMarker },
    ...rest,
  };
}

/** Credentials nobody checks: the fixture calls no AWS service. */
export const NO_AWS: EnvironmentServices = {
  issueCredentials: (): AwsCredentials => ({
    accessKeyId: 'ASIAFIXTURE',
    secretAccessKey: 'fixture',
    sessionToken: 'fixture',
  }),
  revokeCredentials: () => {},
};
