import { useId, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useI18n } from '../i18n/i18n-context.js';
import { useMe } from '../org/me-context.js';
import { CreateOrganizationDialog } from './CreateOrganizationDialog.js';

/** Chooses the organisation everything happens in, keeping the section open when switching. */
export function OrgSwitcher(props: { currentOrgId?: string }) {
  const { t } = useI18n();
  const { me } = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [creating, setCreating] = useState(false);
  const id = useId();
  const section = pathname
    .split('/')
    .slice(3)
    .join('/')
    .replace(/^applications\/.*/, 'applications');

  return (
    <div className="org-switcher">
      <label htmlFor={id} className="visually-hidden">
        {t('org.switcher')}
      </label>
      <select
        id={id}
        value={props.currentOrgId ?? ''}
        onChange={(event) => navigate(`/orgs/${event.target.value}/${section}`)}
      >
        {props.currentOrgId === undefined && (
          <option value="" disabled>
            {t('org.choose')}
          </option>
        )}
        {me.organizations.map((org) => (
          <option key={org.id} value={org.id}>
            {org.test ? `${org.name} (${t('org.test')})` : org.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => setCreating(true)}
      >
        {t('org.create.open')}
      </button>
      {creating && <CreateOrganizationDialog onClose={() => setCreating(false)} />}
    </div>
  );
}
