import { randomUUID } from 'node:crypto';
import {
  type EnvironmentServices,
  ExecutionEnvironment,
  type InvocationRecord,
} from './execution-environment.js';
import type { FunctionConfiguration } from './function-configuration.js';
import { seededRandom } from './seeded-random.js';

/** Environments reclaimed at random: after each answer, with `probability`, drawn from `seed`. */
export interface RandomReclaims {
  readonly probability: number;
  readonly seed: number;
}

/**
 * A Lambda function: invocations spread over execution environments as Lambda spreads them. An
 * environment serves one invocation at a time; a warm idle one is reused, else a new one is cold
 * started, up to the reserved concurrency, beyond which an invocation is throttled. Environments
 * die by SIGKILL only: on a timeout, when reclaimed on purpose ({@link reclaim}) or at random.
 *
 * @example
 * const gateway = new LambdaFunction(configuration, aws);
 * const record = await gateway.invoke(httpApiEvent(new Request('http://api.test/v1/ping')));
 * await gateway.close();
 */
export class LambdaFunction {
  private readonly environments: ExecutionEnvironment[] = [];
  private starting = 0;
  private nextEnvironmentId = 1;
  private readonly draw: (() => number) | undefined;
  /** Every invocation so far, in the order they ended. */
  readonly invocations: InvocationRecord[] = [];

  constructor(
    readonly configuration: FunctionConfiguration,
    private readonly services: EnvironmentServices,
    private readonly randomReclaims?: RandomReclaims,
  ) {
    this.draw = randomReclaims && seededRandom(randomReclaims.seed);
  }

  /** The live environments (idle or busy). */
  get liveEnvironments(): readonly ExecutionEnvironment[] {
    return this.environments.filter((environment) => environment.alive);
  }

  /** Invokes the function with `event`, as the Lambda service would. */
  async invoke(event: unknown): Promise<InvocationRecord> {
    const requestId = randomUUID();
    let environment = this.warmEnvironment();
    if (!environment) {
      if (this.liveEnvironments.length + this.starting >= this.configuration.reservedConcurrency) {
        return this.recorded(throttled(requestId));
      }
      this.starting += 1;
      try {
        environment = await ExecutionEnvironment.start(
          this.nextEnvironmentId++,
          this.configuration,
          this.services,
        );
      } finally {
        this.starting -= 1;
      }
      // Counted and taken in one step, before any other invocation can see it idle.
      this.environments.push(environment);
    }
    const reclaimAfter =
      this.draw !== undefined && this.draw() < (this.randomReclaims?.probability ?? 0);
    const record = await environment.invoke(event, requestId, { reclaimAfter });
    this.forgetDead();
    return this.recorded(record);
  }

  /** Reclaims every idle environment now (SIGKILL), as Lambda may at any time. */
  async reclaimIdle(): Promise<void> {
    await Promise.all(
      this.environments
        .filter((environment) => environment.idle)
        .map((e) => this.reclaimEnvironment(e)),
    );
  }

  /** Reclaims every environment, busy ones too (their invocations end as errors). */
  async close(): Promise<void> {
    await Promise.all(this.environments.map((environment) => environment.reclaim()));
    this.environments.length = 0;
  }

  private warmEnvironment(): ExecutionEnvironment | undefined {
    // The most recently started idle one first, as Lambda keeps few environments warm.
    return this.environments.findLast((environment) => environment.idle);
  }

  private async reclaimEnvironment(environment: ExecutionEnvironment): Promise<void> {
    await environment.reclaim();
    this.forgetDead();
  }

  private forgetDead(): void {
    for (let index = this.environments.length - 1; index >= 0; index--) {
      if (!this.environments[index]?.alive) this.environments.splice(index, 1);
    }
  }

  private recorded(record: InvocationRecord): InvocationRecord {
    this.invocations.push(record);
    return record;
  }
}

function throttled(requestId: string): InvocationRecord {
  return {
    requestId,
    environmentId: undefined,
    coldStart: false,
    outcome: { kind: 'throttled' },
    durationMs: 0,
    awsCalls: {},
    logs: [],
  };
}
