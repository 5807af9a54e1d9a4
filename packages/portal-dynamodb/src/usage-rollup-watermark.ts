import { bucketOf, bucketStartMs } from '@devportal/portal-domain';
import type { DocumentStore } from './document-store.js';
import { ItemReader } from './item-reader.js';
import { keys } from './keys.js';

/**
 * How far before the watermark hour and day reads still read minute items: room for GSI3's lag.
 * A roll-up finds a minute only once the minute's first write has reached the index. The
 * watermark is the close delay (`USAGE_MINUTE_CLOSES_AFTER_MS`) before its run's start, so a
 * minute this margin before it got its first write over ten minutes before that run's query.
 */
export const USAGE_ROLLUP_INDEX_LAG_MARGIN_MS = 10 * 60_000;

/**
 * The roll-up watermark: one item holding the `closedBefore` bound (a minute bucket) of the latest
 * roll-up that went through every pending minute closed before it. It only moves forward (a
 * conditional write), so of overlapping runs the one with the later bound wins whatever the order
 * their writes land in, and a run stopped by its time budget never writes it.
 *
 * Why hour and day reads may skip the minute items more than the margin before it: such a minute
 * was pending on GSI3 when the run that set the watermark queried the index (its first write had
 * reached the index by then, unless GSI3 lagged by more than the margin), so that run or an
 * earlier one added it into its hour and day before the watermark was written, and an hour or day
 * item read strongly consistently after the watermark holds it. If GSI3 did lag by more than the
 * margin, the minute was not rolled: its hour and day read one minute short until a later run
 * finds it (it stays on GSI3 until rolled) and adds it, after which they are exact again.
 */
export class UsageRollupWatermark {
  constructor(private readonly store: DocumentStore) {}

  /** The bound of the latest complete roll-up (a minute bucket), or `undefined` before the first. */
  private async closedBefore(): Promise<string | undefined> {
    const item = await this.store.get(keys.usageRollupWatermark);
    return item && new ItemReader(item, 'UsageRollupWatermark').optionalString('closedBefore');
  }

  /**
   * The first minute an hour or day read takes minute items from: the margin before the
   * watermark; `undefined` (every minute) when no roll-up has completed yet.
   */
  async firstMinuteToRead(): Promise<string | undefined> {
    const closedBefore = await this.closedBefore();
    if (closedBefore === undefined) return undefined;
    return bucketOf(
      new Date(bucketStartMs(closedBefore, 'minute') - USAGE_ROLLUP_INDEX_LAG_MARGIN_MS),
      'minute',
    );
  }

  /** Moves the watermark to `closedBefore` (a minute bucket) unless it stands there or later already. */
  async advanceTo(closedBefore: string): Promise<void> {
    await this.store.update(
      keys.usageRollupWatermark,
      {
        expression: 'SET entity = :entity, closedBefore = :closedBefore',
        values: { ':entity': 'UsageRollupWatermark', ':closedBefore': closedBefore },
      },
      {
        expression: 'attribute_not_exists(closedBefore) OR closedBefore < :closedBefore',
        values: { ':closedBefore': closedBefore },
      },
    );
  }
}
