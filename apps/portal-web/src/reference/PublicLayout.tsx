import type { ReactNode } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { useAuth } from '../auth/auth-context.js';
import { useI18n } from '../i18n/i18n-context.js';
import { LanguageSwitch } from '../layout/LanguageSwitch.js';
import { BUSINESS_CARDS_PRODUCT_ID } from './business-cards-spec.js';
import './reference.css';

/** The frame of the pages anyone may read: the catalog, the reference, getting started. */
export function PublicLayout(props: { children: ReactNode }) {
  const { t } = useI18n();
  const { session } = useAuth();
  const location = useLocation();
  const product = `/apis/${BUSINESS_CARDS_PRODUCT_ID}`;
  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <Link to="/apis" className="brand">
          <span className="brand-mark" aria-hidden="true">
            API
          </span>
          {t('app.title')}
        </Link>
        <nav aria-label={t('reference.nav.label')} className="public-nav">
          <NavLink to="/apis" end>
            {t('reference.nav.catalog')}
          </NavLink>
          <NavLink to={`${product}/reference`}>{t('reference.nav.reference')}</NavLink>
          <NavLink to={`${product}/getting-started`}>{t('reference.nav.gettingStarted')}</NavLink>
        </nav>
        <div className="topbar-end">
          <LanguageSwitch />
          {session ? (
            <Link to="/" className="button button-secondary button-small">
              {t('reference.nav.cabinet')}
            </Link>
          ) : (
            <Link
              to={`/login?next=${encodeURIComponent(location.pathname)}`}
              className="button button-secondary button-small"
            >
              {t('auth.signIn.link')}
            </Link>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1} className="content public-content">
        {props.children}
      </main>
    </div>
  );
}
