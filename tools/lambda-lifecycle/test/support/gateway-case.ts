import type {
  HarnessApplication,
  LambdaFunction,
  LifecycleWorld,
  WorldFunctionOptions,
} from '../../src/index.js';
import { bundles, startWorld } from './world.js';

/** A plan's limits that no case reaches: for cases about something other than the plan. */
export const LIMITS_NOT_REACHED = { ratePerSecond: 10_000, quotaPerDay: 1_000_000 } as const;

/** Where a case of partners calling the cards gateway starts. */
export interface GatewayCaseSettings {
  /** The sandbox plan the application is subscribed to (`LIMITS_NOT_REACHED` when not the subject). */
  readonly plan: {
    readonly id: string;
    readonly ratePerSecond: number;
    readonly quotaPerDay: number;
  };
  /** Webhook events the application subscribes to (what `world.webhookEvents` reads). */
  readonly webhookEvents?: readonly string[];
  /** The gateway's environments: how many at once, and random reclaims. */
  readonly gateway: Omit<WorldFunctionOptions, 'bundlePath'>;
}

/** A world, an application on a sandbox plan of its own, and the cards gateway as deployed. */
export interface GatewayCase {
  readonly world: LifecycleWorld;
  readonly app: HarnessApplication;
  readonly gateway: LambdaFunction;
}

/**
 * Starts a world with an application on `settings.plan` and the cards gateway from the run's
 * bundle. The world is closed again if the rest does not start, since the case has no world to
 * close then.
 *
 * @example
 * ({ world, app, gateway } = await startGatewayCase({
 *   plan: { id: 'harness-analytics', ...LIMITS_NOT_REACHED },
 *   gateway: { reservedConcurrency: 10, randomReclaims: { probability: 0.25, seed: 3 } },
 * }));
 */
export async function startGatewayCase(settings: GatewayCaseSettings): Promise<GatewayCase> {
  const world = await startWorld();
  try {
    const app = await world.applicationOnSandboxPlan(settings.plan, {
      webhookEvents: settings.webhookEvents,
    });
    const gateway = world.cardsGateway({ ...settings.gateway, bundlePath: bundles().cardsGateway });
    return { world, app, gateway };
  } catch (error) {
    await world.close();
    throw error;
  }
}
