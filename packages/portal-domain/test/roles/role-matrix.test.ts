import { describe, expect, it } from 'vitest';
import { ACTIONS, can, ROLE_MATRIX, ROLES } from '../../src/index.js';

describe('the role matrix', () => {
  it('has one row per line of the DESIGN.md matrix, besides rows marked beyond the seed', () => {
    const seedRows = ACTIONS.filter(
      (action) => !ROLE_MATRIX[action].description.includes('beyond the seed'),
    );

    expect(seedRows).toHaveLength(13);
  });

  it.each(ACTIONS)('answers every role for %s exactly as the row says', (action) => {
    const answers = ROLES.map((role) => [role, can(role, action)]);

    expect(Object.fromEntries(answers)).toEqual(
      Object.fromEntries(
        ROLES.map((role) => [
          role,
          (ROLE_MATRIX[action].allowed as readonly string[]).includes(role),
        ]),
      ),
    );
  });

  it('lets the Owner do everything', () => {
    expect(ACTIONS.filter((action) => !can('Owner', action))).toEqual([]);
  });

  it('lets only the Owner delete the organisation', () => {
    expect(ROLES.filter((role) => can(role, 'organisation.delete'))).toEqual(['Owner']);
  });

  it('never hands a secret to an Observer', () => {
    const secretActions = ACTIONS.filter((action) => ROLE_MATRIX[action].revealsSecret);

    expect(secretActions.length).toBeGreaterThan(0);
    expect(secretActions.filter((action) => can('Observer', action))).toEqual([]);
  });

  it('gives the Observer read-only rows and the Developer no membership rows', () => {
    expect(ACTIONS.filter((action) => can('Observer', action))).toEqual([
      'organisation.view',
      'application.list',
      'subscription.list',
      'analytics.view',
    ]);
    expect(
      ACTIONS.filter((action) => action.startsWith('member.') && can('Developer', action)),
    ).toEqual([]);
  });
});
