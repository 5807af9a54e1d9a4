import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { TextField } from '../components/TextField.js';
import { formSubmit } from '../hooks/form-submit.js';
import { useAction } from '../hooks/use-action.js';
import { useI18n } from '../i18n/i18n-context.js';
import { AuthLayout } from './AuthLayout.js';
import { useAuth } from './auth-context.js';
import { IdentityError } from './identity-provider.js';

/**
 * Password reset: the address, then the code the identity provider mailed and a new password.
 * The page says the same whether or not the address is registered.
 */
export function ForgotPasswordPage() {
  const { t } = useI18n();
  const auth = useAuth();
  const { search } = useLocation();
  const [email, setEmail] = useState(() => new URLSearchParams(search).get('email') ?? '');
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [step, setStep] = useState<'address' | 'code' | 'done'>('address');
  const send = useAction(async () => {
    await auth.forgotPassword(email.trim());
    setStep('code');
  });
  const confirm = useAction(async () => {
    await auth.confirmForgotPassword(email.trim(), code.trim(), password);
    setStep('done');
  });
  const signInLink = <Link to="/login">{t('auth.toSignIn')}</Link>;

  if (step === 'done') {
    return (
      <AuthLayout title={t('auth.forgot.title')}>
        <p className="notice notice-success" role="status">
          {t('auth.forgot.done')}
        </p>
        <p>{signInLink}</p>
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title={t('auth.forgot.title')}>
      {step === 'address' ? (
        <form onSubmit={formSubmit(send.run)} className="form">
          <p>{t('auth.forgot.intro')}</p>
          <TextField
            label={t('auth.email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
          {send.error !== undefined && <ErrorNotice error={send.error} />}
          <button type="submit" className="button button-wide" disabled={send.pending}>
            {t('auth.forgot.send')}
          </button>
        </form>
      ) : (
        <form onSubmit={formSubmit(confirm.run)} className="form">
          <p className="notice notice-info" role="status">
            {t('auth.forgot.sent', { email: email.trim() })}
          </p>
          <TextField
            label={t('auth.forgot.code')}
            autoComplete="one-time-code"
            inputMode="numeric"
            required
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />
          <TextField
            label={t('auth.forgot.newPassword')}
            hint={t('auth.password.hint')}
            type="password"
            autoComplete="new-password"
            minLength={10}
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          {confirm.error !== undefined &&
            (confirm.error instanceof IdentityError && confirm.error.kind === 'invalid' ? (
              <p className="notice notice-error" role="alert">
                {t('auth.forgot.invalidCode')}
              </p>
            ) : (
              <ErrorNotice error={confirm.error} />
            ))}
          <button type="submit" className="button button-wide" disabled={confirm.pending}>
            {t('auth.forgot.submit')}
          </button>
          <button
            type="button"
            className="button button-secondary button-wide"
            onClick={() => {
              setCode('');
              confirm.clearError();
              void send.run();
            }}
          >
            {t('auth.forgot.again')}
          </button>
        </form>
      )}
      <p>{signInLink}</p>
    </AuthLayout>
  );
}
