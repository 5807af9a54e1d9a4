import {
  type ApiCall,
  bucketOf,
  type Granularity,
  LATENCY_BOUNDS_MS,
  RETENTION_MS,
  STATUS_CLASSES,
  tallyOf,
  type UsageBucket,
  type UsageTally,
} from '../usage/usage.js';
import type { UsageRepository } from '../usage/usage-repository.js';
import type { DocumentStore, StoredItem } from './document-store.js';
import { keys } from './keys.js';
import type { Expression } from './write-operations.js';

const GRANULARITIES: readonly Granularity[] = ['minute', 'hour', 'day'];

/**
 * {@link UsageRepository} on the portal table: one counter item per granularity, time
 * bucket, application, product and operation under `ORG#<orgId> / USAGE#…`, bumped
 * with plain `UpdateItem … ADD` (no read, no transaction: concurrent gateways never
 * collide) and expired by TTL.
 */
export class DynamoUsageRepository implements UsageRepository {
  constructor(private readonly store: DocumentStore) {}

  async record(call: ApiCall): Promise<void> {
    const tally = tallyOf(call);
    await Promise.all(GRANULARITIES.map((granularity) => this.count(tally, granularity)));
  }

  query(
    organisationId: string,
    applicationId: string,
    granularity: Granularity,
    from: string,
    to: string,
  ): Promise<UsageBucket[]> {
    // The period's range holds every application's counters; the filter keeps this one's (#35).
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
    const prefix = keys.usageBucketPrefix(granularity);
    const buckets: UsageBucket[] = [];
    for await (const item of this.store.queryAll({
      keyCondition: {
        // '~' sorts after the '#' separating the bucket from the application.
        expression: 'PK = :pk AND SK BETWEEN :from AND :to',
        values: {
          ':pk': keys.orgPartition(organisationId),
          ':from': `${prefix}${from}`,
          ':to': `${prefix}${to}~`,
        },
      },
      ...(filter && { filter }),
      consistent: false,
    })) {
      buckets.push(bucketOfItem(item));
    }
    return buckets;
  }

  private async count(tally: UsageTally, granularity: Granularity): Promise<void> {
    const bucket = bucketOf(tally.at, granularity);
    const expiresAt = Math.ceil((tally.at.getTime() + RETENTION_MS[granularity]) / 1000);
    // Only the counters the tally moves, so the expression stays as short as the old per-call one.
    const counters = [
      ['calls', tally.calls] as [string, number],
      ['latencyMsTotal', tally.latencyMsTotal] as [string, number],
      ...STATUS_CLASSES.map((statusClass): [string, number] => [
        `status${statusClass}`,
        tally.byStatusClass[statusClass],
      ]),
      ...tally.latencyHistogram.map((count, index): [string, number] => [`latency${index}`, count]),
    ].filter(([, count]) => count !== 0);
    const names = Object.fromEntries(counters.map(([name], index) => [`#c${index}`, name]));
    const values = Object.fromEntries(counters.map(([, count], index) => [`:c${index}`, count]));
    await this.store.update(
      keys.usageBucket(
        tally.organisationId,
        tally.applicationId,
        granularity,
        bucket,
        tally.productId,
        tally.operation,
      ),
      {
        expression:
          `ADD ${counters.map((_, index) => `#c${index} :c${index}`).join(', ')} ` +
          'SET entity = :entity, applicationId = :app, productId = :product, #operation = :operation, ' +
          'granularity = :granularity, #bucket = :bucket, expiresAt = :ttl',
        names: { ...names, '#operation': 'operation', '#bucket': 'bucket' },
        values: {
          ...values,
          ':entity': 'UsageCounter',
          ':app': tally.applicationId,
          ':product': tally.productId,
          ':operation': tally.operation,
          ':granularity': granularity,
          ':bucket': bucket,
          ':ttl': expiresAt,
        },
      },
    );
  }
}

function bucketOfItem(item: StoredItem): UsageBucket {
  const count = (name: string) => (item[name] as number | undefined) ?? 0;
  return {
    applicationId: item.applicationId as string,
    productId: item.productId as string,
    operation: item.operation as string,
    granularity: item.granularity as Granularity,
    bucket: item.bucket as string,
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
