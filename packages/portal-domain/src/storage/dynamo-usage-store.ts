import {
  type ApiCall,
  bucketOf,
  type Granularity,
  LATENCY_BOUNDS_MS,
  latencyBucketOf,
  RETENTION_MS,
  STATUS_CLASSES,
  statusClassOf,
  type UsageBucket,
} from '../usage/usage.js';
import type { UsageRepository } from '../usage/usage-repository.js';
import type { DocumentStore, StoredItem } from './document-store.js';
import { keys } from './keys.js';

const GRANULARITIES: readonly Granularity[] = ['minute', 'hour', 'day'];

/**
 * {@link UsageRepository} on the portal table: one counter item per application,
 * granularity, bucket, product and operation under `ORG#<orgId> / USAGE#…`, bumped
 * with plain `UpdateItem … ADD` (no read, no transaction: concurrent gateways never
 * collide) and expired by TTL.
 */
export class DynamoUsageRepository implements UsageRepository {
  constructor(private readonly store: DocumentStore) {}

  async record(call: ApiCall): Promise<void> {
    await Promise.all(GRANULARITIES.map((granularity) => this.count(call, granularity)));
  }

  async query(
    organisationId: string,
    applicationId: string,
    granularity: Granularity,
    from: string,
    to: string,
  ): Promise<UsageBucket[]> {
    const prefix = keys.usageBucketPrefix(applicationId, granularity);
    const buckets: UsageBucket[] = [];
    for await (const item of this.store.queryAll({
      keyCondition: {
        // '~' sorts after the '#' separating the bucket from the product.
        expression: 'PK = :pk AND SK BETWEEN :from AND :to',
        values: {
          ':pk': keys.orgPartition(organisationId),
          ':from': `${prefix}${from}`,
          ':to': `${prefix}${to}~`,
        },
      },
      consistent: false,
    })) {
      buckets.push(bucketOfItem(item));
    }
    return buckets;
  }

  private async count(call: ApiCall, granularity: Granularity): Promise<void> {
    const bucket = bucketOf(call.at, granularity);
    const expiresAt = Math.ceil((call.at.getTime() + RETENTION_MS[granularity]) / 1000);
    await this.store.update(
      keys.usageBucket(
        call.organisationId,
        call.applicationId,
        granularity,
        bucket,
        call.productId,
        call.operation,
      ),
      {
        expression:
          'ADD calls :one, #status :one, #latency :one, latencyMsTotal :ms ' +
          'SET entity = :entity, applicationId = :app, productId = :product, #operation = :operation, ' +
          'granularity = :granularity, #bucket = :bucket, expiresAt = :ttl',
        names: {
          '#status': `status${statusClassOf(call.status)}`,
          '#latency': `latency${latencyBucketOf(call.latencyMs)}`,
          '#operation': 'operation',
          '#bucket': 'bucket',
        },
        values: {
          ':one': 1,
          ':ms': Math.round(call.latencyMs),
          ':entity': 'UsageCounter',
          ':app': call.applicationId,
          ':product': call.productId,
          ':operation': call.operation,
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
