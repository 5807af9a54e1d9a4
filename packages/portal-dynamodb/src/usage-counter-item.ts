import {
  type Granularity,
  LATENCY_BOUNDS_MS,
  STATUS_CLASSES,
  type UsageBucket,
  type UsageTally,
} from '@devportal/portal-domain';
import type { StoredItem } from './document-store.js';
import { ItemReader } from './item-reader.js';
import type { Expression } from './write-operations.js';

/** A counter attribute of a usage counter item and the amount it moves by. */
export type CounterMove = readonly [name: string, amount: number];

/** Every counter attribute a usage counter item may hold. */
const COUNTER_NAMES: readonly string[] = [
  'calls',
  'latencyMsTotal',
  ...STATUS_CLASSES.map((statusClass) => `status${statusClass}`),
  ...Array.from({ length: LATENCY_BOUNDS_MS.length + 1 }, (_, index) => `latency${index}`),
];

/** The counters `tally` moves; zeros left out, so the expression stays as short as it can. */
export function countersOfTally(tally: UsageTally): CounterMove[] {
  return [
    ['calls', tally.calls] as const,
    ['latencyMsTotal', tally.latencyMsTotal] as const,
    ...STATUS_CLASSES.map(
      (statusClass) => [`status${statusClass}`, tally.byStatusClass[statusClass]] as const,
    ),
    ...tally.latencyHistogram.map((count, index) => [`latency${index}`, count] as const),
  ].filter(([, count]) => count !== 0);
}

const GRANULARITIES: readonly Granularity[] = ['minute', 'hour', 'day'];

/** The non-zero counters a stored counter item holds. */
export function countersOfItem(item: StoredItem): CounterMove[] {
  const read = new ItemReader(item, 'UsageCounter');
  return COUNTER_NAMES.map((name): CounterMove => [name, read.optionalNumber(name) ?? 0]).filter(
    ([, count]) => count !== 0,
  );
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
    latencyHistogram: Array.from({ length: LATENCY_BOUNDS_MS.length + 1 }, (_, index) =>
      count(`latency${index}`),
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
    latencyHistogram: bucket.latencyHistogram.map(
      (count, index) => count + (more.latencyHistogram[index] ?? 0),
    ),
    latencyMsTotal: bucket.latencyMsTotal + more.latencyMsTotal,
  };
}

/** A minute's number within its hour (0–59) or its day (0–1439): its place in `rolledMinutes`. */
export function minuteNumberIn(minuteBucket: string, target: 'hour' | 'day'): number {
  const hour = Number(minuteBucket.slice(11, 13));
  const minute = Number(minuteBucket.slice(14, 16));
  return target === 'hour' ? minute : hour * 60 + minute;
}
