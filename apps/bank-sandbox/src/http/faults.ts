import { Prng } from '../random.js';

/** Faults for one operation (or for every operation, under `'*'`). */
export interface RouteFaults {
  /** share of requests answered with `errorStatus`, 0..1 */
  errorRate?: number;
  /** 500 (UNKNOWN_EXCEPTION) or 503 (UNAVAILABLE_RESOURCE_EXCEPTION); 503 unless told */
  errorStatus?: 500 | 503;
  /** delay added before the request is handled */
  latencyMs?: number;
  /** share of requests whose connection is destroyed without an answer, 0..1 */
  dropRate?: number;
  /** `Retry-After` sent with injected 503s */
  retryAfterSeconds?: number;
  /**
   * `before` (default): the fault replaces the operation, nothing happens at the bank;
   * `after`: the operation runs (a document is created) and then its answer is lost
   */
  phase?: 'before' | 'after';
  /** deterministic faults for the next `count` requests, before any rate applies */
  failNext?: { count: number; status: 500 | 503 | 'drop'; phase?: 'before' | 'after' };
}

/** Faults per operationId; `'*'` applies to every operation, an operation's own entry overrides it field by field. */
export type FaultConfig = Partial<Record<string, RouteFaults>>;

/** What to do with one request. */
export interface FaultDecision {
  latencyMs: number;
  action: 'none' | 'error' | 'drop';
  status: 500 | 503;
  phase: 'before' | 'after';
  retryAfterSeconds?: number;
}

/** Decides faults per request; rates draw from a seeded generator, so a run repeats exactly. */
export class FaultInjector {
  #config: FaultConfig = {};
  readonly #prng: Prng;

  constructor(seed: number, config: FaultConfig = {}) {
    this.#prng = new Prng(seed ^ 0x5eed);
    this.set(config);
  }

  /** replaces the whole configuration (an empty object clears every fault) */
  set(config: FaultConfig): void {
    this.#config = structuredClone(config);
  }

  /** the configuration in force, `failNext` counts as they stand */
  get config(): FaultConfig {
    return structuredClone(this.#config);
  }

  decide(operationId: string): FaultDecision {
    const all = this.#config['*'] ?? {};
    const own = this.#config[operationId] ?? {};
    const merged: RouteFaults = { ...all, ...own };
    const decision: FaultDecision = {
      latencyMs: merged.latencyMs ?? 0,
      action: 'none',
      status: merged.errorStatus ?? 503,
      phase: merged.phase ?? 'before',
      ...(merged.retryAfterSeconds === undefined
        ? {}
        : { retryAfterSeconds: merged.retryAfterSeconds }),
    };
    const scripted = [own.failNext, all.failNext].find((f) => f !== undefined && f.count > 0);
    if (scripted) {
      scripted.count--;
      decision.phase = scripted.phase ?? decision.phase;
      if (scripted.status === 'drop') decision.action = 'drop';
      else {
        decision.action = 'error';
        decision.status = scripted.status;
      }
      return decision;
    }
    if ((merged.dropRate ?? 0) > 0 && this.#prng.next() < (merged.dropRate ?? 0))
      decision.action = 'drop';
    else if ((merged.errorRate ?? 0) > 0 && this.#prng.next() < (merged.errorRate ?? 0))
      decision.action = 'error';
    return decision;
  }
}
