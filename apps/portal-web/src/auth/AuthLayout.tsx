import type { ReactNode } from 'react';
import { useDocumentTitle } from '../hooks/use-document-title.js';
import { useI18n } from '../i18n/i18n-context.js';
import { LanguageSwitch } from '../layout/LanguageSwitch.js';

/** The frame of the sign-in and sign-up pages: what the portal is, then the form. */
export function AuthLayout(props: { title: string; children: ReactNode }) {
  const { t } = useI18n();
  useDocumentTitle(props.title);
  return (
    <div className="auth-page">
      <div className="auth-language">
        <LanguageSwitch />
      </div>
      <main id="main" className="auth-card">
        <p className="brand">
          <span className="brand-mark" aria-hidden="true">
            API
          </span>
          {t('app.title')}
        </p>
        <p className="muted">{t('app.tagline')}</p>
        <h1>{props.title}</h1>
        {props.children}
      </main>
    </div>
  );
}
