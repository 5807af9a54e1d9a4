import { useEffect, useId, useState } from 'react';
import { useConfig } from '../config/config-context.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { GatewayToken } from './gateway-calls.js';
import { listSandboxUsers, type SandboxUsers } from './sandbox-users.js';

/**
 * The choice of seeded sandbox user a sandbox plan's calls act as: the gateway's list with each
 * user's organisation, cards and signing authority. Starts at the gateway's default user and
 * reports every choice (the page sends it with each call and signs with that user's test key).
 */
export function SandboxUserPicker(props: {
  token: GatewayToken;
  login: string | undefined;
  onChoose: (login: string) => void;
}) {
  const { t } = useI18n();
  const { gateway } = useConfig();
  const id = useId();
  const [listed, setListed] = useState<SandboxUsers | { refusedWith: string }>();
  const { token, onChoose } = props;

  useEffect(() => {
    let current = true;
    listSandboxUsers(gateway, token).then(
      (answer) => {
        if (!current) return;
        setListed(answer);
        if ('users' in answer) onChoose(answer.defaultLogin);
      },
      (error: unknown) => current && setListed({ refusedWith: String(error) }),
    );
    return () => {
      current = false;
    };
  }, [gateway, token, onChoose]);

  if (listed === undefined) return null;
  if ('refusedWith' in listed) {
    return (
      <p className="notice notice-error" role="alert">
        {t('tryIt.sandboxUser.unavailable', { status: listed.refusedWith })}
      </p>
    );
  }
  const chosen = listed.users.find((user) => user.login === props.login);
  return (
    <div className="field">
      <label htmlFor={id}>{t('tryIt.sandboxUser')}</label>
      <select
        id={id}
        value={props.login ?? ''}
        aria-describedby={`${id}-about ${id}-hint`}
        onChange={(event) => onChoose(event.target.value)}
      >
        {listed.users.map((user) => (
          <option key={user.login} value={user.login}>
            {t('tryIt.sandboxUser.option', {
              login: user.login,
              organization: user.organization.name,
            })}
          </option>
        ))}
      </select>
      {chosen && (
        <p id={`${id}-about`} className="field-hint">
          {t('tryIt.sandboxUser.about', {
            name: chosen.fullName,
            organization: chosen.organization.name,
            inn: chosen.organization.inn,
            cards: String(chosen.cardCount),
            authorities: chosen.signAuthorities.join(', ') || t('tryIt.sandboxUser.noAuthority'),
          })}
        </p>
      )}
      <p id={`${id}-hint`} className="field-hint">
        {t('tryIt.sandboxUser.hint')}
      </p>
    </div>
  );
}
