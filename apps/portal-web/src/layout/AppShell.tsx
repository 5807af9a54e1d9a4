import type { Organization } from '@devportal/portal-client';
import { type ReactNode, useState } from 'react';
import { Link, NavLink } from 'react-router';
import { useAuth } from '../auth/auth-context.js';
import { SupportContact } from '../components/SupportContact.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useMe } from '../org/me-context.js';
import { allows } from '../roles/permissions.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { NAV_ITEMS } from './nav-items.js';
import { OrgSwitcher } from './OrgSwitcher.js';

/** The frame of every signed-in page: header, the cabinet's navigation, and the page itself. */
export function AppShell(props: { org?: Organization; children: ReactNode }) {
  const { t } = useI18n();
  const { me } = useMe();
  const { signOut } = useAuth();
  const [menuOpen, setMenuOpen] = useState(false);
  const { org } = props;

  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <button
          type="button"
          className="menu-toggle button button-secondary button-small"
          aria-expanded={menuOpen}
          aria-controls="side-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          {t('nav.menu')}
        </button>
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            API
          </span>
          {t('app.title')}
        </Link>
        <OrgSwitcher {...(org ? { currentOrgId: org.id } : {})} />
        <div className="topbar-end">
          <LanguageSwitch />
          <Link to="/profile" className="user-email" title={t('profile.link')}>
            {me.user.email}
          </Link>
          <button type="button" className="button button-secondary button-small" onClick={signOut}>
            {t('auth.signOut')}
          </button>
        </div>
      </header>
      <div className="shell-body">
        <nav
          id="side-nav"
          className={menuOpen ? 'side-nav open' : 'side-nav'}
          aria-label={t('nav.label')}
        >
          {org && (
            <ul>
              {NAV_ITEMS.filter((item) => !item.requires || allows(org.role, item.requires)).map(
                (item) => (
                  <li key={item.path}>
                    <NavLink
                      to={`/orgs/${org.id}${item.path ? `/${item.path}` : ''}`}
                      end={item.path === ''}
                      onClick={() => setMenuOpen(false)}
                    >
                      {t(item.label)}
                    </NavLink>
                  </li>
                ),
              )}
            </ul>
          )}
          {me.user.operator && (
            <ul className="side-nav-operator">
              <li>
                <NavLink to="/operator" onClick={() => setMenuOpen(false)}>
                  {t('nav.operator')}
                </NavLink>
              </li>
            </ul>
          )}
        </nav>
        <main id="main" tabIndex={-1} className="content">
          {props.children}
          <SupportContact className="support-contact site-footer muted small" />
        </main>
      </div>
    </div>
  );
}
