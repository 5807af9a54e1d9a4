import type { QuotaRepository, QuotaWindow } from '../usage/quota.js';
import type { DocumentStore } from './document-store.js';
import { keys } from './keys.js';

/**
 * {@link QuotaRepository} on the portal table: `APP#<appId> / QUOTA#<productId>#<window>`,
 * a counter bumped by a conditional `ADD` (plain `UpdateItem`, so instances of the
 * gateway never collide) and removed by TTL after its window.
 */
export class DynamoQuotaRepository implements QuotaRepository {
  constructor(private readonly store: DocumentStore) {}

  async reserve(
    applicationId: string,
    productId: string,
    window: QuotaWindow,
    calls: number,
  ): Promise<boolean> {
    if (calls > window.limit) return false;
    return this.store.update(
      keys.quotaWindow(applicationId, productId, window.window),
      {
        expression: 'ADD used :calls SET entity = :entity, quota = :limit, expiresAt = :ttl',
        values: {
          ':calls': calls,
          ':entity': 'QuotaWindow',
          ':limit': window.limit,
          ':ttl': Math.ceil(window.expiresAt.getTime() / 1000),
        },
      },
      {
        expression: 'attribute_not_exists(used) OR used <= :mostBefore',
        values: { ':mostBefore': window.limit - calls },
      },
    );
  }

  async used(applicationId: string, productId: string, window: QuotaWindow): Promise<number> {
    const item = await this.store.get(keys.quotaWindow(applicationId, productId, window.window));
    return (item?.used as number | undefined) ?? 0;
  }

  async release(
    applicationId: string,
    productId: string,
    window: QuotaWindow,
    calls: number,
  ): Promise<void> {
    await this.store.update(keys.quotaWindow(applicationId, productId, window.window), {
      expression: 'ADD used :refund',
      values: { ':refund': -calls },
    });
  }
}
