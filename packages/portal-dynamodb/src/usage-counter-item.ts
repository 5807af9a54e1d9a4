import {
  type Granularity,
  type LatencySketch,
  latencyKeyOf,
  mergedSketches,
  STATUS_CLASSES,
  type UsageBucket,
  type UsageTally,
} from '@devportal/portal-domain';
import type { StoredItem } from './document-store.js';
import { ItemReader } from './item-reader.js';
import type { Expression } from './write-operations.js';

/** A counter attribute of a usage counter item and the amount it moves by. */
export type CounterMove = readonly [name: string, amount: number];

/** The prefix of a latency sketch key's counter: `latq412` counts the latencies of key 412. */
const SKETCH_PREFIX = 'latq';

/**
 * Upper bounds (ms) of the coarse latency histogram counters (`latency0` … `latency11`, the last
 * one open) that items written before the sketch hold. They are rolled up like any counter and
 * read into the sketch at their bucket's middle (the open one at its lower bound), accurate only
 * to their bucket; they leave with the items' retention.
 */
const COARSE_BOUNDS_MS: readonly number[] = [
  5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000,
];
const coarseName = (index: number) => `latency${index}`;

/** The fixed counter attributes of a usage counter item (sketch counters come on top). */
const FIXED_COUNTER_NAMES: readonly string[] = [
  'calls',
  'latencyMsTotal',
  ...STATUS_CLASSES.map((statusClass) => `status${statusClass}`),
  ...Array.from({ length: COARSE_BOUNDS_MS.length + 1 }, (_, index) => coarseName(index)),
];

/** Whether `name` is a sketch key's counter. */
const SKETCH_NAME = new RegExp(`^${SKETCH_PREFIX}-?\\d+$`);
const isSketchName = (name: string) => SKETCH_NAME.test(name);

/** The counters `tally` moves; zeros left out, so the expression stays as short as it can. */
export function countersOfTally(tally: UsageTally): CounterMove[] {
  return [
    ['calls', tally.calls] as const,
    ['latencyMsTotal', tally.latencyMsTotal] as const,
    ...STATUS_CLASSES.map(
      (statusClass) => [`status${statusClass}`, tally.byStatusClass[statusClass]] as const,
    ),
    ...Object.entries(tally.latencySketch).map(
      ([key, count]) => [`${SKETCH_PREFIX}${key}`, count] as const,
    ),
  ].filter(([, count]) => count !== 0);
}

const GRANULARITIES: readonly Granularity[] = ['minute', 'hour', 'day'];

/** The non-zero counters a stored counter item holds. */
export function countersOfItem(item: StoredItem): CounterMove[] {
  const read = new ItemReader(item, 'UsageCounter');
  const names = [...FIXED_COUNTER_NAMES, ...Object.keys(item).filter(isSketchName)];
  return names
    .map((name): CounterMove => [name, read.optionalNumber(name) ?? 0])
    .filter(([, count]) => count !== 0);
}

/**
 * The update adding `counters` to a counter item and describing it (entity, application, product,
 * operation, granularity, bucket, expiry); `extra` joins the `ADD` and `SET` clauses.
 */
export function counterUpdate(
  identity: {
    readonly applicationId: string;
    readonly productId: string;
    readonly operation: string;
    readonly granularity: Granularity;
    readonly bucket: string;
    readonly expiresAt: number;
  },
  counters: readonly CounterMove[],
  extra: {
    readonly add?: string;
    readonly set?: string;
    readonly values?: Expression['values'];
  } = {},
): Expression {
  const names = Object.fromEntries(counters.map(([name], index) => [`#c${index}`, name]));
  const values = Object.fromEntries(counters.map(([, count], index) => [`:c${index}`, count]));
  const adds = [
    ...counters.map((_, index) => `#c${index} :c${index}`),
    ...(extra.add ? [extra.add] : []),
  ];
  return {
    expression:
      `${adds.length > 0 ? `ADD ${adds.join(', ')} ` : ''}` +
      'SET entity = :entity, applicationId = :app, productId = :product, #operation = :operation, ' +
      `granularity = :granularity, #bucket = :bucket, expiresAt = :ttl${extra.set ? `, ${extra.set}` : ''}`,
    names: { ...names, '#operation': 'operation', '#bucket': 'bucket' },
    values: {
      ...values,
      ...extra.values,
      ':entity': 'UsageCounter',
      ':app': identity.applicationId,
      ':product': identity.productId,
      ':operation': identity.operation,
      ':granularity': identity.granularity,
      ':bucket': identity.bucket,
      ':ttl': identity.expiresAt,
    },
  };
}

/** The bucket a counter item holds, its counters at zero where it has none. */
export function bucketOfItem(item: StoredItem): UsageBucket {
  const read = new ItemReader(item, 'UsageCounter');
  const count = (name: string) => read.optionalNumber(name) ?? 0;
  return {
    applicationId: read.string('applicationId'),
    productId: read.string('productId'),
    operation: read.string('operation'),
    granularity: read.oneOf('granularity', GRANULARITIES),
    bucket: read.string('bucket'),
    calls: count('calls'),
    byStatusClass: Object.fromEntries(
      STATUS_CLASSES.map((statusClass) => [statusClass, count(`status${statusClass}`)]),
    ) as UsageBucket['byStatusClass'],
    latencySketch: mergedSketches(
      Object.fromEntries(
        Object.keys(item)
          .filter(isSketchName)
          .map((name) => [name.slice(SKETCH_PREFIX.length), count(name)]),
      ),
      coarseSketchOf(count),
    ),
    latencyMsTotal: count('latencyMsTotal'),
  };
}

/** `bucket` with `more`'s counters added (same application, product, operation and bucket). */
export function addedBuckets(bucket: UsageBucket, more: UsageBucket): UsageBucket {
  return {
    ...bucket,
    calls: bucket.calls + more.calls,
    byStatusClass: Object.fromEntries(
      STATUS_CLASSES.map((statusClass) => [
        statusClass,
        bucket.byStatusClass[statusClass] + more.byStatusClass[statusClass],
      ]),
    ) as UsageBucket['byStatusClass'],
    latencySketch: mergedSketches(bucket.latencySketch, more.latencySketch),
    latencyMsTotal: bucket.latencyMsTotal + more.latencyMsTotal,
  };
}

/** The coarse histogram counters of an item (by `count`) as sketch counts at their buckets' middles. */
function coarseSketchOf(count: (name: string) => number): LatencySketch {
  const sketch: Record<string, number> = {};
  for (let index = 0; index <= COARSE_BOUNDS_MS.length; index += 1) {
    const calls = count(coarseName(index));
    if (calls === 0) continue;
    const lower = index === 0 ? 0 : (COARSE_BOUNDS_MS[index - 1] ?? 0);
    const upper = COARSE_BOUNDS_MS[index] ?? lower;
    const key = String(latencyKeyOf((lower + upper) / 2));
    sketch[key] = (sketch[key] ?? 0) + calls;
  }
  return sketch;
}

/** A minute's number within its hour (0–59) or its day (0–1439): its place in `rolledMinutes`. */
export function minuteNumberIn(minuteBucket: string, target: 'hour' | 'day'): number {
  const hour = Number(minuteBucket.slice(11, 13));
  const minute = Number(minuteBucket.slice(14, 16));
  return target === 'hour' ? minute : hour * 60 + minute;
}
