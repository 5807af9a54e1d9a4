import type { AuthorisedScope } from '../access/organisation-access.js';
import type { ApplicationRepository } from '../applications/application-repository.js';
import { NotFoundError } from '../errors.js';
import type { ApiCall } from './usage.js';

/** One call through the gateway as an application's call log shows it. */
export interface RecentCall {
  readonly at: Date;
  /** The bank operation (its operationId). */
  readonly operation: string;
  readonly status: number;
  readonly latencyMs: number;
  /** The `x-request-id` the gateway answered with: what the partner quotes to support. */
  readonly requestId: string;
}

/** How long a call stays in its application's log before the table's TTL removes it. */
export const CALL_LOG_RETENTION_MS = 24 * 60 * 60 * 1000;

/** How many of an application's latest calls its log shows. */
export const CALL_LOG_LENGTH = 50;

/**
 * Storage port of the applications' call logs: the gateway adds each call it meters (a plain
 * write, no read), expiring after {@link CALL_LOG_RETENTION_MS}; reads return the newest first.
 */
export interface CallLog {
  record(call: ApiCall, requestId: string): Promise<void>;
  /** The application's latest `limit` calls, newest first. */
  recent(applicationId: string, limit: number): Promise<RecentCall[]>;
}

/** What {@link CallLogService} runs on. */
export interface CallLogServiceDependencies {
  readonly applications: ApplicationRepository;
  readonly callLog: CallLog;
}

/** An application's recent calls, for the members who may see its analytics. */
export class CallLogService {
  constructor(private readonly deps: CallLogServiceDependencies) {}

  /** The application's latest {@link CALL_LOG_LENGTH} calls; 404 for one the organisation lacks. */
  async recent(
    { organisation }: AuthorisedScope<'analytics.view'>,
    applicationId: string,
  ): Promise<RecentCall[]> {
    if (!(await this.deps.applications.get(organisation.id, applicationId))) {
      throw new NotFoundError('application_not_found');
    }
    return this.deps.callLog.recent(applicationId, CALL_LOG_LENGTH);
  }
}
