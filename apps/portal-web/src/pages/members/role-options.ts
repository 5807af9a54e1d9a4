import type { AssignableRole } from '@devportal/portal-client';
import type { I18n } from '../../i18n/i18n-context.js';

/** The roles an invitation or a role change may grant; the Owner role moves only by transfer. */
export const ASSIGNABLE_ROLES: readonly AssignableRole[] = [
  'Administrator',
  'Developer',
  'Observer',
];

export function roleOptions(t: I18n['t']) {
  return ASSIGNABLE_ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }));
}
