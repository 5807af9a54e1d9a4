import type {
  LimitChangeSyncRun,
  SyncRunOutcome,
  SyncRunRepository,
  SyncRunStatus,
} from '@devportal/portal-domain';
import type { DocumentStore, StoredItem } from './document-store.js';
import { ItemReader } from './item-reader.js';
import { keys } from './keys.js';
import { itemIsAbsent, putItem } from './write-operations.js';

/** How long a run stays readable after its start (DynamoDB's TTL deletes it then). */
const RUN_RETENTION_SECONDS = 30 * 24 * 3600;

const RUNNING: SyncRunStatus = 'running';

/**
 * {@link SyncRunRepository} on the portal table: `ORG#<orgId> / SYNCRUN#LATEST` holds the latest
 * run and admits a new one with a single conditional `UpdateItem` (concurrent starts never
 * collide the way transactions do: exactly one wins); `ORG#<orgId> / SYNCRUN#RUN#<runId>` keeps
 * each run, with a TTL.
 */
export class DynamoSyncRunRepository implements SyncRunRepository {
  constructor(private readonly store: DocumentStore) {}

  async start(run: LimitChangeSyncRun, cooldownStart: string): Promise<boolean> {
    const fields = assignments(run);
    const admitted = await this.store.update(
      keys.latestSyncRun(run.organisationId),
      {
        expression: `SET ${fields.expression} REMOVE finishedAt, report`,
        names: fields.names,
        values: fields.values,
      },
      {
        expression:
          'attribute_not_exists(PK) OR (startedAt < :cooldownStart AND (#status <> :running OR deadlineAt <= :now))',
        names: { '#status': 'status' },
        values: { ':cooldownStart': cooldownStart, ':running': RUNNING, ':now': run.startedAt },
      },
    );
    if (!admitted) return false;
    await this.store.write(
      putItem(
        this.store.tableName,
        {
          ...keys.syncRun(run.organisationId, run.runId),
          entity: 'LimitChangeSyncRun',
          ...run,
          expiresAt: Math.floor(Date.parse(run.startedAt) / 1000) + RUN_RETENTION_SECONDS,
        },
        itemIsAbsent,
      ),
    );
    return true;
  }

  async get(organisationId: string, runId: string): Promise<LimitChangeSyncRun | undefined> {
    const item = await this.store.get(keys.syncRun(organisationId, runId));
    if (item) return runOf(item);
    // A start that stopped between its two writes left the run in the latest item only.
    const latest = await this.latest(organisationId);
    return latest?.runId === runId ? latest : undefined;
  }

  async latest(organisationId: string): Promise<LimitChangeSyncRun | undefined> {
    const item = await this.store.get(keys.latestSyncRun(organisationId));
    return item && runOf(item);
  }

  async finish(
    organisationId: string,
    runId: string,
    outcome: SyncRunOutcome,
    finishedAt: string,
  ): Promise<boolean> {
    const update = {
      expression: `SET #status = :status, finishedAt = :finishedAt${outcome.status === 'completed' ? ', report = :report' : ''}`,
      names: { '#status': 'status' },
      values: {
        ':status': outcome.status,
        ':finishedAt': finishedAt,
        ...(outcome.status === 'completed' && { ':report': outcome.report }),
      },
    };
    const stillRunning = {
      expression: 'runId = :runId AND #status = :running AND deadlineAt > :finishedAt',
      names: { '#status': 'status' },
      values: { ':runId': runId, ':running': RUNNING, ':finishedAt': finishedAt },
    };
    // Both items, each on its own condition: the latest item may have moved on to a newer run.
    const [run, latest] = await Promise.all([
      this.store.update(keys.syncRun(organisationId, runId), update, stillRunning),
      this.store.update(keys.latestSyncRun(organisationId), update, stillRunning),
    ]);
    return run || latest;
  }
}

/** `SET` assignments of every field of `run`, with their placeholders. */
function assignments(run: LimitChangeSyncRun) {
  const entries = Object.entries(run).filter(([, value]) => value !== undefined);
  return {
    expression: entries.map((_, index) => `#f${index} = :f${index}`).join(', '),
    names: Object.fromEntries(entries.map(([name], index) => [`#f${index}`, name])),
    values: Object.fromEntries(entries.map(([, value], index) => [`:f${index}`, value])),
  };
}

const SYNC_RUN_STATUSES: readonly SyncRunStatus[] = ['running', 'completed', 'failed'];

/** The run an item stores (the latest run's item and the run's own item alike). */
function runOf(item: StoredItem): LimitChangeSyncRun {
  const read = new ItemReader(item, 'LimitChangeSyncRun');
  const finishedAt = read.optionalString('finishedAt');
  const report = item.report === undefined ? undefined : read.nested('report');
  return {
    organisationId: read.string('organisationId'),
    runId: read.string('runId'),
    status: read.oneOf('status', SYNC_RUN_STATUSES),
    requestedBy: read.string('requestedBy'),
    startedAt: read.string('startedAt'),
    deadlineAt: read.string('deadlineAt'),
    ...(finishedAt !== undefined && { finishedAt }),
    ...(report && {
      report: {
        checked: report.number('checked'),
        changed: report.number('changed'),
        failed: report.number('failed'),
        stillPending: report.number('stillPending'),
        waitingForSignature: report.number('waitingForSignature'),
        durationMs: report.number('durationMs'),
      },
    }),
  };
}
