import { type AuditEvent, auditTargetLabel } from '@devportal/portal-domain';
import Papa from 'papaparse';

/** The export's columns, in order: the header row's names. */
export const AUDIT_CSV_COLUMNS = [
  'at',
  'actor_email',
  'actor_name',
  'actor_user_id',
  'actor_role',
  'action',
  'target_type',
  'target_id',
  'target_label',
  'source_ip',
  'details',
] as const;

/**
 * A cell a spreadsheet would read as a formula (CSV injection, OWASP): papaparse then writes it
 * quoted with a leading apostrophe. Its own default pattern (`^[=+\-@\t\r].*$`) misses a value
 * with a line break after the first character, so the first character alone decides here.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * `events` as RFC 4180 CSV (CRLF line ends, quotes doubled, a cell with a delimiter, quote or
 * line break quoted), one row per event under a header row, with formula cells made inert.
 */
export function auditCsv(events: readonly AuditEvent[]): string {
  const rows = events.map((event) => [
    event.at,
    event.actorEmail ?? '',
    event.actorName ?? '',
    event.actorUserId,
    event.actorRole ?? '',
    event.action,
    event.target.type,
    event.target.id,
    auditTargetLabel(event) ?? '',
    event.sourceIp,
    Object.entries(event.details)
      .map(([key, value]) => `${key}=${value}`)
      .join('; '),
  ]);
  return `${Papa.unparse(
    { fields: [...AUDIT_CSV_COLUMNS], data: rows },
    { newline: '\r\n', escapeFormulae: FORMULA_START },
  )}\r\n`;
}
