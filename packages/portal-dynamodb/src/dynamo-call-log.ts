import {
  type ApiCall,
  CALL_LOG_RETENTION_MS,
  type CallLog,
  type RecentCall,
} from '@devportal/portal-domain';
import type { DocumentStore } from './document-store.js';
import { ItemReader } from './item-reader.js';
import { keys } from './keys.js';

/**
 * {@link CallLog} on the portal table: one item per call, `APP#<appId> / CALL#<time>#<requestId>`,
 * written by a plain `UpdateItem` (no read, no transaction, so gateways never collide) and
 * expiring by TTL after {@link CALL_LOG_RETENTION_MS}; a read is one descending `Query` of the
 * partition's call prefix, limited to the length shown.
 */
export class DynamoCallLog implements CallLog {
  constructor(private readonly store: DocumentStore) {}

  async record(call: ApiCall, requestId: string): Promise<void> {
    await this.store.update(keys.recentCall(call.applicationId, call.at, requestId), {
      expression:
        'SET entity = :entity, #at = :at, #operation = :operation, #status = :status, ' +
        'latencyMs = :latency, requestId = :requestId, expiresAt = :ttl',
      names: { '#at': 'at', '#operation': 'operation', '#status': 'status' },
      values: {
        ':entity': 'RecentCall',
        ':at': call.at.toISOString(),
        ':operation': call.operation,
        ':status': call.status,
        ':latency': Math.round(call.latencyMs * 10) / 10,
        ':requestId': requestId,
        ':ttl': Math.ceil((call.at.getTime() + CALL_LOG_RETENTION_MS) / 1000),
      },
    });
  }

  async recent(applicationId: string, limit: number): Promise<RecentCall[]> {
    const start = keys.recentCall(applicationId, new Date(0), '');
    const { items } = await this.store.query({
      keyCondition: {
        expression: 'PK = :pk AND begins_with(SK, :prefix)',
        values: { ':pk': start.PK, ':prefix': keys.recentCallPrefix },
      },
      forward: false,
      limit,
    });
    return items.map((item) => {
      const read = new ItemReader(item, 'RecentCall');
      return {
        at: new Date(read.string('at')),
        operation: read.string('operation'),
        status: read.number('status'),
        latencyMs: read.number('latencyMs'),
        requestId: read.string('requestId'),
      };
    });
  }
}
