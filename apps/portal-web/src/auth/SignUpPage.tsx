import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { TextField } from '../components/TextField.js';
import { formSubmit } from '../hooks/form-submit.js';
import { useAction } from '../hooks/use-action.js';
import { useI18n } from '../i18n/i18n-context.js';
import { AuthLayout } from './AuthLayout.js';
import { useAuth } from './auth-context.js';
import { nextPathFrom } from './next-path.js';

/**
 * Registration; the portal API creates the person's test organisation on their first call.
 * Where the identity provider mails a confirmation code (Cognito), the code is asked next.
 */
export function SignUpPage() {
  const { t, locale } = useI18n();
  const auth = useAuth();
  const navigate = useNavigate();
  const { search } = useLocation();
  const [fields, setFields] = useState({ name: '', email: '', password: '' });
  const [code, setCode] = useState('');
  const [awaitingCode, setAwaitingCode] = useState(false);

  const enter = async () => {
    await auth.signIn(fields.email.trim(), fields.password);
    navigate(nextPathFrom(search), { replace: true });
  };
  const signUp = useAction(async () => {
    const { confirmationRequired } = await auth.signUp({
      name: fields.name.trim(),
      email: fields.email.trim(),
      password: fields.password,
      locale,
    });
    if (confirmationRequired) setAwaitingCode(true);
    else await enter();
  });
  const confirm = useAction(async () => {
    await auth.confirmSignUp(fields.email.trim(), code.trim());
    await enter();
  });
  const set = (field: keyof typeof fields) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [field]: event.target.value }));
  const submit = formSubmit(awaitingCode ? confirm.run : signUp.run);

  return (
    <AuthLayout title={t('auth.signUp.title')}>
      <form onSubmit={submit} className="form">
        {awaitingCode ? (
          <TextField
            label={t('auth.code')}
            hint={t('auth.code.hint', { email: fields.email })}
            autoComplete="one-time-code"
            required
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />
        ) : (
          <>
            <TextField
              label={t('auth.name')}
              autoComplete="name"
              required
              value={fields.name}
              onChange={set('name')}
            />
            <TextField
              label={t('auth.email')}
              type="email"
              autoComplete="email"
              required
              value={fields.email}
              onChange={set('email')}
            />
            <TextField
              label={t('auth.password')}
              hint={t('auth.password.hint')}
              type="password"
              autoComplete="new-password"
              minLength={10}
              required
              value={fields.password}
              onChange={set('password')}
            />
          </>
        )}
        {signUp.error !== undefined && <ErrorNotice error={signUp.error} />}
        {confirm.error !== undefined && <ErrorNotice error={confirm.error} />}
        <button
          type="submit"
          className="button button-wide"
          disabled={signUp.pending || confirm.pending}
        >
          {awaitingCode ? t('auth.code.submit') : t('auth.signUp.submit')}
        </button>
      </form>
      <p>
        {t('auth.signUp.haveAccount')} <Link to={`/login${search}`}>{t('auth.signIn.link')}</Link>
      </p>
    </AuthLayout>
  );
}
