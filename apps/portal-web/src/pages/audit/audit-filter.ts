import type { AuditAction, AuditEventFilter } from '@devportal/portal-client';

/** The audit page's filter as its form holds it: days as the date inputs spell them. */
export interface AuditFilterForm {
  readonly actorUserId: string;
  readonly action: AuditAction | '';
  /** `YYYY-MM-DD`, the first day shown (from its start, local time), or empty. */
  readonly fromDay: string;
  /** `YYYY-MM-DD`, the last day shown (to its end, local time), or empty. */
  readonly toDay: string;
}

export const NO_AUDIT_FILTER: AuditFilterForm = {
  actorUserId: '',
  action: '',
  fromDay: '',
  toDay: '',
};

/** The API's filter for `form`: the days as instants of the person's own time zone. */
export function auditEventFilterOf(form: AuditFilterForm): AuditEventFilter {
  return {
    ...(form.actorUserId !== '' && { actorUserId: form.actorUserId }),
    ...(form.action !== '' && { action: form.action }),
    ...(form.fromDay !== '' && { from: new Date(`${form.fromDay}T00:00:00`).toISOString() }),
    ...(form.toDay !== '' && { to: new Date(`${form.toDay}T23:59:59.999`).toISOString() }),
  };
}
