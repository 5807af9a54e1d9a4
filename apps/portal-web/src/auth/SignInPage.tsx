import { useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { TextField } from '../components/TextField.js';
import { formSubmit } from '../hooks/form-submit.js';
import { useAction } from '../hooks/use-action.js';
import { useI18n } from '../i18n/i18n-context.js';
import { AuthLayout } from './AuthLayout.js';
import { useAuth } from './auth-context.js';
import { nextPathFrom } from './next-path.js';

export function SignInPage() {
  const { t } = useI18n();
  const auth = useAuth();
  const navigate = useNavigate();
  const { search } = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const next = nextPathFrom(search);
  const signIn = useAction(async () => {
    await auth.signIn(email.trim(), password);
    navigate(next, { replace: true });
  });

  if (auth.session) return <Navigate to={next} replace />;
  const submit = formSubmit(signIn.run);
  return (
    <AuthLayout title={t('auth.signIn.title')}>
      <form onSubmit={submit} className="form">
        <TextField
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          label={t('auth.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        {signIn.error !== undefined && <ErrorNotice error={signIn.error} />}
        <button type="submit" className="button button-wide" disabled={signIn.pending}>
          {t('auth.signIn.submit')}
        </button>
      </form>
      <p>
        <Link to={`/forgot-password${email ? `?email=${encodeURIComponent(email.trim())}` : ''}`}>
          {t('auth.forgot.link')}
        </Link>
      </p>
      <p>
        {t('auth.signIn.noAccount')} <Link to={`/register${search}`}>{t('auth.signUp.link')}</Link>
      </p>
    </AuthLayout>
  );
}
