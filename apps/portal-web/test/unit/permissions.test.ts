import type { Role } from '@devportal/portal-client';
import { ACTIONS, ROLE_MATRIX } from '@devportal/portal-domain';
import { describe, expect, it } from 'vitest';
import { NAV_ITEMS } from '../../src/layout/nav-items.js';
import { allows } from '../../src/roles/permissions.js';

const ROLES: readonly Role[] = ['Owner', 'Administrator', 'Developer', 'Observer'];

describe('role gating', () => {
  it.each(ROLES)('allows a %s exactly the role matrix row by row', (role) => {
    for (const action of ACTIONS) {
      const allowed: readonly Role[] = ROLE_MATRIX[action].allowed;
      expect(allows(role, action), action).toBe(allowed.includes(role));
    }
  });

  it('allows nothing without a role', () => {
    for (const action of ACTIONS) expect(allows(undefined, action)).toBe(false);
  });

  it('gives an Observer no write action of the seed', () => {
    const writes = ACTIONS.filter((action) => !/\.(view|list)$/.test(action));
    expect(writes.filter((action) => allows('Observer', action))).toEqual([]);
  });

  it('hides the audit log from Developers and Observers but not from managers', () => {
    const visible = (role: Role) =>
      NAV_ITEMS.filter((item) => !item.requires || allows(role, item.requires)).map(
        (item) => item.path,
      );
    expect(visible('Owner')).toContain('audit');
    expect(visible('Administrator')).toContain('audit');
    expect(visible('Developer')).not.toContain('audit');
    expect(visible('Observer')).not.toContain('audit');
  });
});
