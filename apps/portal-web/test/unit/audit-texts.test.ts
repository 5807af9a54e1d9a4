import { AUDIT_ACTIONS } from '@devportal/portal-domain';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/messages.en.js';
import { ru } from '../../src/i18n/messages.ru.js';
import { auditEventFilterOf } from '../../src/pages/audit/audit-filter.js';

describe('the audit log in words', () => {
  it.each(AUDIT_ACTIONS)('has a Russian and an English text for %s', (action) => {
    const key = `audit.action.${action}`;

    expect(Object.hasOwn(ru, key), `ru lacks ${key}`).toBe(true);
    expect(Object.hasOwn(en, key), `en lacks ${key}`).toBe(true);
    expect(ru[key as keyof typeof ru]).not.toBe(en[key as keyof typeof en]);
  });

  it('reads whole days of the person’s time zone as the API’s instants', () => {
    const filter = auditEventFilterOf({
      actorUserId: '',
      action: 'member.removed',
      fromDay: '2026-12-01',
      toDay: '2026-12-02',
    });

    expect(filter).toEqual({
      action: 'member.removed',
      from: new Date(2026, 11, 1, 0, 0, 0, 0).toISOString(),
      to: new Date(2026, 11, 2, 23, 59, 59, 999).toISOString(),
    });
  });
});
