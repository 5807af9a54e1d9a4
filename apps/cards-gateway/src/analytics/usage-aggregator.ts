import {
  type ApiCall,
  LATENCY_BOUNDS_MS,
  latencyBucketOf,
  type StatusClass,
  statusClassOf,
  type UsageRepository,
  type UsageTally,
} from '@devportal/portal-domain';

interface MutableTally {
  organisationId: string;
  applicationId: string;
  productId: string;
  operation: string;
  at: Date;
  calls: number;
  byStatusClass: Record<StatusClass, number>;
  latencyHistogram: number[];
  latencyMsTotal: number;
}

/** How many tallies are written at once during a flush. */
const FLUSH_CONCURRENCY = 8;
const MINUTE_MS = 60_000;

/**
 * API-call analytics added up in memory per organisation, application, product, operation and
 * minute, and written in the background every `flushIntervalMs` (one `ADD` per bucket for many
 * calls). Counting is synchronous and cannot fail; a failed write keeps its tally for the next
 * flush, so a call is never slowed or failed by its own measurement. `close()` writes what is left.
 */
export class UsageAggregator {
  private pending = new Map<string, MutableTally>();
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> | undefined;

  constructor(
    private readonly usage: UsageRepository,
    private readonly onFault: (what: string, error: unknown) => void,
    flushIntervalMs = 5_000,
  ) {
    this.timer = setInterval(() => void this.flush(), flushIntervalMs);
    this.timer.unref();
  }

  /** Counts one call. */
  count(call: ApiCall): void {
    const minute = Math.floor(call.at.getTime() / MINUTE_MS);
    const key = `${call.applicationId}|${call.productId}|${call.operation}|${minute}`;
    let tally = this.pending.get(key);
    if (!tally) {
      tally = {
        organisationId: call.organisationId,
        applicationId: call.applicationId,
        productId: call.productId,
        operation: call.operation,
        at: new Date(minute * MINUTE_MS),
        calls: 0,
        byStatusClass: { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 },
        latencyHistogram: Array.from({ length: LATENCY_BOUNDS_MS.length + 1 }, () => 0),
        latencyMsTotal: 0,
      };
      this.pending.set(key, tally);
    }
    tally.calls += 1;
    tally.byStatusClass[statusClassOf(call.status)] += 1;
    const latencyBucket = latencyBucketOf(call.latencyMs);
    tally.latencyHistogram[latencyBucket] = (tally.latencyHistogram[latencyBucket] ?? 0) + 1;
    tally.latencyMsTotal += Math.round(call.latencyMs);
  }

  /** Writes every tally counted so far; one flush at a time, callers meanwhile share it. */
  flush(): Promise<void> {
    this.flushing ??= this.writeAll().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  /** Stops the timer and writes what is left, waiting for a flush already under way. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flushing;
    await this.flush();
  }

  private async writeAll(): Promise<void> {
    const batch = [...this.pending.entries()];
    this.pending = new Map();
    let next = 0;
    const worker = async () => {
      for (let entry = batch[next++]; entry; entry = batch[next++]) {
        const [key, tally] = entry;
        try {
          await this.usage.add(tally as UsageTally);
        } catch (error) {
          this.restore(key, tally);
          this.onFault('usage flush', error);
        }
      }
    };
    await Promise.all(Array.from({ length: FLUSH_CONCURRENCY }, worker));
  }

  /** Puts a tally whose write failed back, merged with calls counted since. */
  private restore(key: string, failed: MutableTally): void {
    const current = this.pending.get(key);
    if (!current) {
      this.pending.set(key, failed);
      return;
    }
    current.calls += failed.calls;
    current.latencyMsTotal += failed.latencyMsTotal;
    for (const statusClass of Object.keys(failed.byStatusClass) as StatusClass[]) {
      current.byStatusClass[statusClass] += failed.byStatusClass[statusClass];
    }
    failed.latencyHistogram.forEach((count, index) => {
      current.latencyHistogram[index] = (current.latencyHistogram[index] ?? 0) + count;
    });
  }
}
