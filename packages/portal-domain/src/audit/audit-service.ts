import type { AuthorisedScope } from '../access/organisation-access.js';
import { ValidationError } from '../errors.js';
import type { PortalDependencies } from '../portal-dependencies.js';
import type { Page, PageRequest } from '../ports/page.js';
import type { AuditEvent } from './audit-event.js';
import type { AuditFilter } from './audit-filter.js';

/**
 * The most events one export holds: bounded so that an export fits in one answer within a
 * Lambda's deadline (100 reads of a full page); a larger log is exported by time range.
 */
export const AUDIT_EXPORT_MAX_EVENTS = 10_000;

/** Events read per page while exporting: the largest page storage serves. */
const EXPORT_PAGE_SIZE = 100;

/** Reading an organisation's audit trail, newest first, for Owners and Administrators. */
export class AuditService {
  constructor(private readonly deps: PortalDependencies) {}

  /** One page of the organisation's audit events that pass `filter`, newest first. */
  async list(
    { organisation }: AuthorisedScope<'audit.view'>,
    page: PageRequest = {},
    filter: AuditFilter = {},
  ): Promise<Page<AuditEvent>> {
    return this.deps.auditTrail.list(organisation.id, page, checkedFilter(filter));
  }

  /**
   * Every event of the organisation that passes `filter`, newest first; refused
   * (`audit_export_too_large`) past {@link AUDIT_EXPORT_MAX_EVENTS}.
   */
  async export(
    { organisation }: AuthorisedScope<'audit.view'>,
    filter: AuditFilter = {},
  ): Promise<readonly AuditEvent[]> {
    const checked = checkedFilter(filter);
    const events: AuditEvent[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.deps.auditTrail.list(
        organisation.id,
        { limit: EXPORT_PAGE_SIZE, ...(cursor !== undefined && { cursor }) },
        checked,
      );
      events.push(...page.items);
      if (events.length > AUDIT_EXPORT_MAX_EVENTS) {
        throw new ValidationError(
          'audit_export_too_large',
          `More than ${AUDIT_EXPORT_MAX_EVENTS} events match; narrow the time range`,
        );
      }
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return events;
  }
}

/** `filter` with its instants in the trail's own spelling, refused when the range is backwards. */
function checkedFilter(filter: AuditFilter): AuditFilter {
  const from = filter.from === undefined ? undefined : instantOf(filter.from);
  const to = filter.to === undefined ? undefined : instantOf(filter.to);
  if (from !== undefined && to !== undefined && from > to) {
    throw new ValidationError('invalid_period', '`to` is before `from`');
  }
  return {
    ...filter,
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
  };
}

/** `value` as `Date.toISOString` spells it, the form the trail's keys sort by. */
function instantOf(value: string): string {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) throw new ValidationError('invalid_period');
  return instant.toISOString();
}
