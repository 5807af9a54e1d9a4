import { useState } from 'react';
import { Link } from 'react-router';
import { usePortal } from '../api/portal-context.js';
import { useAuth } from '../auth/auth-context.js';
import type { Profile } from '../auth/identity-provider.js';
import { AsyncView } from '../components/AsyncView.js';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { PageHeader } from '../components/PageHeader.js';
import { SelectField } from '../components/SelectField.js';
import { TextField } from '../components/TextField.js';
import { formSubmit } from '../hooks/form-submit.js';
import { useAction } from '../hooks/use-action.js';
import { useLoad } from '../hooks/use-load.js';
import { useI18n } from '../i18n/i18n-context.js';
import { LOCALES, type Locale } from '../i18n/translate.js';
import { AppShell } from '../layout/AppShell.js';
import { useMe } from '../org/me-context.js';

/** The languages by their own names, as a language menu lists them. */
const LANGUAGE_NAMES: Record<Locale, string> = { ru: 'Русский', en: 'English' };

/**
 * The signed-in person's profile: the name at the identity provider, the language in the portal's
 * own record (the portal's e-mails follow it, whichever identity provider signed the person in);
 * the e-mail address shown.
 */
export function ProfilePage() {
  const { t } = useI18n();
  const auth = useAuth();
  // biome-ignore lint/correctness/useExhaustiveDependencies: read once per visit
  const profile = useLoad(() => auth.profile(), []);
  return (
    <AppShell>
      <PageHeader title={t('profile.title')} description={t('profile.description')} />
      <AsyncView loaded={profile}>{(loaded) => <ProfileForm profile={loaded} />}</AsyncView>
      <section className="card" aria-labelledby="profile-password">
        <h2 id="profile-password">{t('profile.password')}</h2>
        <p>{t('profile.passwordHint')}</p>
        <Link
          to={`/forgot-password?email=${encodeURIComponent(auth.session?.email ?? '')}`}
          className="button button-secondary"
        >
          {t('profile.passwordLink')}
        </Link>
      </section>
    </AppShell>
  );
}

function ProfileForm(props: { profile: Profile }) {
  const { t, setLocale } = useI18n();
  const auth = useAuth();
  const client = usePortal();
  const { me, reload } = useMe();
  const [name, setName] = useState(props.profile.name);
  const [language, setLanguage] = useState<Locale>(me.user.language ?? 'ru');
  const [saved, setSaved] = useState(false);
  const save = useAction(async () => {
    setSaved(false);
    await Promise.all([
      auth.updateProfile({ name: name.trim(), locale: language }),
      client.updateMe({ language }),
    ]);
    setLocale(language);
    reload();
    setSaved(true);
  });
  return (
    <section className="card" aria-labelledby="profile-details">
      <h2 id="profile-details">{t('profile.title')}</h2>
      <form onSubmit={formSubmit(save.run)} className="form">
        <TextField
          label={t('profile.email')}
          hint={t('profile.emailHint')}
          value={props.profile.email}
          readOnly
        />
        <TextField
          label={t('profile.name')}
          autoComplete="name"
          required
          maxLength={256}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <SelectField
          label={t('profile.language')}
          options={LOCALES.map((one) => ({ value: one, label: LANGUAGE_NAMES[one] }))}
          value={language}
          onChange={(event) =>
            setLanguage(LOCALES.find((one) => one === event.target.value) ?? language)
          }
        />
        {save.error !== undefined && <ErrorNotice error={save.error} />}
        {saved && (
          <p className="notice notice-success" role="status">
            {t('profile.saved')}
          </p>
        )}
        <div>
          <button type="submit" className="button" disabled={save.pending}>
            {t('profile.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
