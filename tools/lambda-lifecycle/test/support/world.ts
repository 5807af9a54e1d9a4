import { inject } from 'vitest';
import { LifecycleWorld, type LifecycleWorldOptions } from '../../src/index.js';
import './provided-bundles.js';
// The run's DynamoDB Local endpoint, `inject('dynamoDbEndpoint')`.
import '@devportal/test-support';

/** A world on the run's DynamoDB Local, and the bundles the run's globalSetup made. */
export async function startWorld(
  options: Omit<LifecycleWorldOptions, 'dynamoDbEndpoint'> = {},
): Promise<LifecycleWorld> {
  return LifecycleWorld.start({ ...options, dynamoDbEndpoint: inject('dynamoDbEndpoint') });
}

/** The run's bundles of the deployed functions. */
export function bundles(): { cardsGateway: string; statusSync: string; portalApi: string } {
  return inject('bundles');
}
