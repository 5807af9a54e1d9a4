import type { UsageRepository } from '@devportal/portal-domain';
import {
  type ApiCall,
  bucketOf,
  bucketStartMs,
  type Granularity,
  RETENTION_MS,
  tallyOf,
  type UsageBucket,
} from '@devportal/portal-domain';
import type { DocumentStore, StoredItem } from './document-store.js';
import { ItemReader } from './item-reader.js';
import { keys, type UsageSegment } from './keys.js';
import {
  addedBuckets,
  bucketOfItem,
  countersOfTally,
  counterUpdate,
  minuteNumberIn,
} from './usage-counter-item.js';
import { UsageRollupWatermark } from './usage-rollup-watermark.js';
import type { Expression } from './write-operations.js';

/**
 * {@link UsageRepository} on the portal table: a call is counted in its minute's counter item under
 * `ORG#<orgId> / USAGE#rollminute#…` by one plain `UpdateItem … ADD` (no read, no transaction:
 * concurrent gateways never collide), which also marks the minute as waiting for the roll-up
 * (GSI3, {@link DynamoUsageRollup}). Hour and day items hold what the roll-up added and the
 * numbers of the minutes it added (`rolledMinutes`); a read adds to them the minutes not rolled
 * yet, so every granularity is exact at any moment; minutes well before the roll-up watermark
 * are in their hours and days already, so those reads skip them ({@link UsageRollupWatermark}).
 * The former design's minute items (`USAGE#minute#…`, their calls in their hours and days
 * already) count in minute reads only. Everything expires by TTL.
 */
export class DynamoUsageRepository implements UsageRepository {
  private readonly watermark: UsageRollupWatermark;

  constructor(private readonly store: DocumentStore) {
    this.watermark = new UsageRollupWatermark(store);
  }

  async record(call: ApiCall): Promise<void> {
    const tally = tallyOf(call);
    const bucket = bucketOf(tally.at, 'minute');
    const pending = keys.usageRollupPending(bucket);
    await this.store.update(
      keys.usageBucket(
        tally.organisationId,
        tally.applicationId,
        'rollminute',
        bucket,
        tally.productId,
        tally.operation,
      ),
      counterUpdate(
        {
          ...tally,
          granularity: 'minute',
          bucket,
          expiresAt: expiryOf(bucket, 'minute'),
        },
        countersOfTally(tally),
        // The same values on every call of the minute: only its first call writes to the index.
        {
          set: 'GSI3PK = :pendingPk, GSI3SK = :pendingSk',
          values: { ':pendingPk': pending.GSI3PK, ':pendingSk': pending.GSI3SK },
        },
      ),
    );
  }

  query(
    organisationId: string,
    applicationId: string,
    granularity: Granularity,
    from: string,
    to: string,
  ): Promise<UsageBucket[]> {
    // The period's range holds every application's counters; the filter keeps this one's (#41).
    return this.period(organisationId, granularity, from, to, {
      expression: 'applicationId = :app',
      values: { ':app': applicationId },
    });
  }

  queryOrganisation(
    organisationId: string,
    granularity: Granularity,
    from: string,
    to: string,
  ): Promise<UsageBucket[]> {
    return this.period(organisationId, granularity, from, to);
  }

  private async period(
    organisationId: string,
    granularity: Granularity,
    from: string,
    to: string,
    filter?: Expression,
  ): Promise<UsageBucket[]> {
    if (granularity === 'minute') {
      // A minute counted by both designs (while a deploy replaces the gateway) has an item of each.
      // The former design's items expire two days after its last call; then this read finds none.
      const [minutes, formerMinutes] = await Promise.all([
        this.items(organisationId, 'rollminute', from, to, filter),
        this.items(organisationId, 'minute', from, to, filter),
      ]);
      return summed([...minutes, ...formerMinutes].map(bucketOfItem));
    }
    // A minute bucket starts with its hour's and day's, so the same bounds select the period's
    // minutes, from the watermark's first minute on when that is later (a bucket sorts after its
    // hour's and day's). The hours and days are read strongly consistently after the watermark,
    // so they hold every minute rolled before it was written. Otherwise either read may come
    // first: an hour or day item is read whole, its counters with the set of minutes they hold,
    // and a minute item's counters are final once it is rolled. The former design's minute
    // items are left out: their calls are in these hours and days.
    const firstMinute = await this.watermark.firstMinuteToRead();
    const minutesFrom = firstMinute !== undefined && firstMinute > from ? firstMinute : from;
    const [rolled, minutes] = await Promise.all([
      this.items(organisationId, granularity, from, to, filter, true),
      minutesFrom <= `${to}~`
        ? this.items(organisationId, 'rollminute', minutesFrom, to, filter)
        : Promise.resolve([]),
    ]);
    return withUnrolledMinutes(granularity, rolled, minutes);
  }

  private async items(
    organisationId: string,
    segment: UsageSegment,
    from: string,
    to: string,
    filter?: Expression,
    consistent = false,
  ): Promise<StoredItem[]> {
    const prefix = keys.usageBucketPrefix(segment);
    const items: StoredItem[] = [];
    for await (const item of this.store.queryAll({
      keyCondition: {
        // '~' sorts after the '#' separating the bucket from the application (and after a minute's ':').
        expression: 'PK = :pk AND SK BETWEEN :from AND :to',
        values: {
          ':pk': keys.orgPartition(organisationId),
          ':from': `${prefix}${from}`,
          ':to': `${prefix}${to}~`,
        },
      },
      ...(filter && { filter }),
      consistent,
    })) {
      items.push(item);
    }
    return items;
  }
}

/** When a counter item of `bucket` expires (epoch seconds), counted from the bucket's start. */
export function expiryOf(bucket: string, granularity: Granularity): number {
  return Math.ceil((bucketStartMs(bucket, granularity) + RETENTION_MS[granularity]) / 1000);
}

/** Where a bucket sorts in the table: bucket, application, product, operation. */
const identity = (bucket: UsageBucket) =>
  `${bucket.bucket}#${bucket.applicationId}#${bucket.productId}#${bucket.operation}`;

/** `buckets` with those of one identity added into one, in the table's order. */
function summed(buckets: readonly UsageBucket[]): UsageBucket[] {
  const merged = new Map<string, UsageBucket>();
  for (const bucket of buckets) {
    const before = merged.get(identity(bucket));
    merged.set(identity(bucket), before ? addedBuckets(before, bucket) : bucket);
  }
  return inTableOrder(merged);
}

/**
 * The hour or day buckets of `rolled` items plus the `minutes` (rolled-up minute items) each does
 * not hold yet, in the table's order.
 */
function withUnrolledMinutes(
  granularity: 'hour' | 'day',
  rolled: readonly StoredItem[],
  minutes: readonly StoredItem[],
): UsageBucket[] {
  const merged = new Map<string, { bucket: UsageBucket; holds: ReadonlySet<number> }>();
  for (const item of rolled) {
    const bucket = bucketOfItem(item);
    merged.set(identity(bucket), {
      bucket,
      holds: new ItemReader(item, 'UsageCounter').numberSet('rolledMinutes'),
    });
  }
  for (const item of minutes) {
    const minute = bucketOfItem(item);
    const asTarget: UsageBucket = {
      ...minute,
      granularity,
      bucket: bucketOf(new Date(bucketStartMs(minute.bucket, 'minute')), granularity),
    };
    const entry = merged.get(identity(asTarget));
    if (entry?.holds.has(minuteNumberIn(minute.bucket, granularity))) continue;
    merged.set(identity(asTarget), {
      bucket: entry ? addedBuckets(entry.bucket, asTarget) : asTarget,
      holds: entry?.holds ?? new Set(),
    });
  }
  return inTableOrder(new Map([...merged].map(([key, entry]) => [key, entry.bucket])));
}

/** The buckets in the order of their identities, the table's order, as a `Query` returns them. */
function inTableOrder(byIdentity: ReadonlyMap<string, UsageBucket>): UsageBucket[] {
  return [...byIdentity.entries()]
    .sort(([first], [second]) => (first < second ? -1 : first > second ? 1 : 0))
    .map(([, bucket]) => bucket);
}
