import {
  bucketOf,
  bucketStartMs,
  USAGE_MINUTE_CLOSES_AFTER_MS,
  type UsageRollup,
  type UsageRollupOptions,
  type UsageRollupReport,
} from '@devportal/portal-domain';
import type { DocumentStore, StoredItem } from './document-store.js';
import { expiryOf } from './dynamo-usage-repository.js';
import { ItemReader } from './item-reader.js';
import { itemKeyOf, keys } from './keys.js';
import { INDEXES } from './table-definition.js';
import { countersOfItem, counterUpdate, minuteNumberIn } from './usage-counter-item.js';
import { UsageRollupWatermark } from './usage-rollup-watermark.js';

const PAGE_SIZE = 50;
const MINUTE_MS = 60_000;

/**
 * {@link UsageRollup} on the portal table. Reads the closed minutes from the sparse GSI3 (never a
 * scan), and for each minute item makes one conditional `UpdateItem` per target: `ADD` its
 * counters and its number to the hour's (day's) `rolledMinutes` set, on condition that the set
 * does not hold it yet; a failed condition means it was added already. Only once both targets
 * hold it is the minute taken off the index, so an interruption anywhere leaves it pending and
 * the next roll-up finishes it. A run that went through every page moves the
 * {@link UsageRollupWatermark} to its bound, so hour and day reads skip the minutes it rolled.
 */
export class DynamoUsageRollup implements UsageRollup {
  private readonly watermark: UsageRollupWatermark;

  constructor(private readonly store: DocumentStore) {
    this.watermark = new UsageRollupWatermark(store);
  }

  async rollUp(options: UsageRollupOptions): Promise<UsageRollupReport> {
    const closedBefore = bucketOf(
      new Date(options.now.getTime() - USAGE_MINUTE_CLOSES_AFTER_MS),
      'minute',
    );
    const pageSize = options.pageSize ?? PAGE_SIZE;
    let minutesRolled = 0;
    let alreadyRolled = 0;
    let oldestPending: string | undefined;
    const report = (complete: boolean): UsageRollupReport => ({
      minutesRolled,
      alreadyRolled,
      complete,
      ...(oldestPending && {
        oldestPendingMinuteAgeMs:
          options.now.getTime() - (bucketStartMs(oldestPending, 'minute') + MINUTE_MS),
      }),
    });
    let startKey: StoredItem | undefined;
    do {
      if (options.allowsStart && !options.allowsStart()) return report(false);
      const page = await this.store.query({
        index: INDEXES.usageRollup,
        keyCondition: {
          // A minute whose bucket sorts before the one `closedBefore` is in ended before it.
          expression: 'GSI3PK = :pk AND GSI3SK < :closed',
          values: { ':pk': keys.usageRollupPending('').GSI3PK, ':closed': closedBefore },
        },
        limit: pageSize,
        ...(startKey && { startKey }),
      });
      // The index is eventually consistent: the item, read consistently, says whether it is pending.
      const minutes = await this.store.getMany(page.items.map(itemKeyOf));
      const pending = minutes.filter((minute) => minute.GSI3PK !== undefined);
      for (const minute of pending) {
        const bucket = new ItemReader(minute, 'UsageCounter').string('bucket');
        if (oldestPending === undefined || bucket < oldestPending) oldestPending = bucket;
      }
      const rolled = await allSettled(pending.map((minute) => this.rollMinute(minute)));
      minutesRolled += rolled.length;
      alreadyRolled += rolled.reduce((sum, skipped) => sum + skipped, 0);
      startKey = page.lastKey;
    } while (startKey);
    // Every minute closed before the bound and on the index at its query is in its hour and day.
    await this.watermark.advanceTo(closedBefore);
    return report(true);
  }

  /** Adds `minute` into its hour and day, then takes it off the index; the targets found done. */
  private async rollMinute(minute: StoredItem): Promise<number> {
    const added = await allSettled([this.addInto(minute, 'hour'), this.addInto(minute, 'day')]);
    await this.store.update(itemKeyOf(minute), { expression: 'REMOVE GSI3PK, GSI3SK' });
    return added.filter((made) => !made).length;
  }

  /** Whether this call added `minute` into its `granularity` item (false: it was there already). */
  private addInto(minute: StoredItem, granularity: 'hour' | 'day'): Promise<boolean> {
    const read = new ItemReader(minute, 'UsageCounter');
    const minuteBucket = read.string('bucket');
    const bucket = bucketOf(new Date(bucketStartMs(minuteBucket, 'minute')), granularity);
    const number = minuteNumberIn(minuteBucket, granularity);
    const identity = {
      applicationId: read.string('applicationId'),
      productId: read.string('productId'),
      operation: read.string('operation'),
    };
    const organisationId = itemKeyOf(minute).PK.slice(keys.orgPartition('').length);
    return this.store.update(
      keys.usageBucket(
        organisationId,
        identity.applicationId,
        granularity,
        bucket,
        identity.productId,
        identity.operation,
      ),
      counterUpdate(
        { ...identity, granularity, bucket, expiresAt: expiryOf(bucket, granularity) },
        countersOfItem(minute),
        { add: 'rolledMinutes :minuteSet', values: { ':minuteSet': new Set([number]) } },
      ),
      { expression: 'NOT contains(rolledMinutes, :minute)', values: { ':minute': number } },
    );
  }
}

/**
 * `Promise.all` that waits for every promise before rejecting with the first failure: a failed
 * roll-up leaves no write running after it returns (a frozen Lambda would never finish it).
 */
async function allSettled<T>(promises: readonly Promise<T>[]): Promise<T[]> {
  const outcomes = await Promise.allSettled(promises);
  const failed = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failed) throw failed.reason;
  return outcomes.map((outcome) => (outcome as PromiseFulfilledResult<T>).value);
}
