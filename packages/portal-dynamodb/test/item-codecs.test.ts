import type { Application, LimitChangeRecord, Membership } from '@devportal/portal-domain';
import { describe, expect, it } from 'vitest';
import { applicationItem, applicationOf } from '../src/application-item.js';
import { limitChangeItem, limitChangeOf } from '../src/limit-change-item.js';
import { memberItem, membershipOf } from '../src/member-item.js';

const membership = {
  organisationId: 'org-1',
  userId: 'user-1',
  email: 'ada@example.com',
  role: 'Developer',
  joinedAt: '2026-12-01T09:00:00.000Z',
  version: 1,
} as const satisfies Membership;

const application = {
  organisationId: 'org-1',
  id: 'app-1',
  name: 'Payroll',
  clientId: 'dpc_1',
  createdAt: '2026-12-01T09:00:00.000Z',
  secrets: [
    {
      id: 'secret-1',
      hash: { algorithm: 'hmac-sha256', keyId: 'pepper-1', hash: 'bWFj' },
      createdAt: '2026-12-01T09:00:00.000Z',
    },
  ],
  version: 1,
} as const satisfies Application;

const limitChange = {
  organisationId: 'org-1',
  externalId: '31663ef5-7975-4016-b0f3-000000002fb9',
  contour: 'sandbox',
  state: 'CREATED',
  history: [{ state: 'CREATED', at: '2026-12-01T09:00:00.000Z' }],
  createdAt: '2026-12-01T09:00:00.000Z',
  checksInState: 0,
  version: 1,
} as const satisfies LimitChangeRecord;

describe('item codecs', () => {
  it('read back what they write', () => {
    expect(membershipOf(memberItem(membership))).toEqual(membership);
    expect(applicationOf(applicationItem(application))).toEqual(application);
    expect(limitChangeOf(limitChangeItem(limitChange))).toEqual(limitChange);
  });

  it('refuse a field of the wrong kind, naming the entity, the item and the field', () => {
    const item = { ...memberItem(membership), role: 'Intern' };
    expect(() => membershipOf(item)).toThrow(
      /^Malformed \w+ item ORG#org-1 \/ MEMBER#user-1: role is not one of Owner, /,
    );
  });

  it('refuse a Client Secret hash in a format the portal does not store', () => {
    const item = applicationItem(application);
    const secrets = item.secrets as Record<string, Record<string, unknown>>;
    const [secretId] = Object.keys(secrets);
    const malformed = {
      ...item,
      secrets: {
        [String(secretId)]: {
          ...secrets[String(secretId)],
          hash: { ...application.secrets[0].hash, algorithm: 'scrypt' },
        },
      },
    };
    expect(() => applicationOf(malformed)).toThrow(
      /^Malformed .*hash.*: algorithm is not one of hmac-sha256$/,
    );
  });

  it('refuse a history entry without its time, naming its place in the list', () => {
    const item = { ...limitChangeItem(limitChange), history: [{ state: 'CREATED' }] };
    expect(() => limitChangeOf(item)).toThrow(/history\[0\]|\bat\b/);
  });
});
