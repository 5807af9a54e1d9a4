import type { AssignableRole, Member } from '@devportal/portal-client';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { usePortal } from '../../api/portal-context.js';
import { readAll } from '../../api/read-all.js';
import { AsyncView } from '../../components/AsyncView.js';
import { Badge } from '../../components/Badge.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { useLoad } from '../../hooks/use-load.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useMe } from '../../org/me-context.js';
import { useCan, useOrg } from '../../org/org-context.js';
import { allows } from '../../roles/permissions.js';
import { roleOptions } from './role-options.js';

/** A member as the page names them: name and e-mail, or the e-mail alone. */
function describe(member: Member): string {
  return member.name ? `${member.name} (${member.email})` : member.email;
}

type Pending =
  | { kind: 'remove' | 'transfer'; member: Member }
  | { kind: 'role'; member: Member; role: AssignableRole };

/**
 * The members with their roles; role changes, removal and ownership transfer where allowed, each
 * confirmed first. The API stays the authority on what may change (the Owner's role moves only by
 * transfer; a manager demoting themselves loses member management): the page explains both.
 */
export function MembersTable() {
  const { t, dateTime } = useI18n();
  const client = usePortal();
  const { org, reload: reloadOrg } = useOrg();
  const me = useMe();
  const can = useCan();
  const navigate = useNavigate();
  const members = useLoad(() => readAll(client.members.list(org.id)), [client, org.id]);
  const [pending, setPending] = useState<Pending>();
  const myId = me.me.user.id;

  const confirmPending = async (pending: Pending) => {
    const { kind, member } = pending;
    if (kind === 'role') {
      await client.members.changeRole(org.id, member.userId, { role: pending.role });
      if (member.userId === myId) reloadOrg();
      members.reload();
      return;
    }
    if (kind === 'transfer') {
      await client.members.transferOwnership(org.id, { userId: member.userId });
      reloadOrg();
      members.reload();
      return;
    }
    await client.members.remove(org.id, member.userId);
    if (member.userId === myId) {
      me.reload();
      navigate('/');
    } else members.reload();
  };

  return (
    <section className="card" aria-labelledby="members-list">
      <h2 id="members-list">{t('members.list')}</h2>
      <AsyncView loaded={members}>
        {(items) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('members.person')}</th>
                  <th scope="col">{t('members.role')}</th>
                  <th scope="col">{t('members.joined')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('table.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((member) => {
                  const isOwner = member.role === 'Owner';
                  const isMe = member.userId === myId;
                  const who = describe(member);
                  return (
                    <tr key={member.userId}>
                      <td>
                        {member.name && <strong>{member.name} </strong>}
                        <span className="muted">{member.email}</span>
                        {isMe && (
                          <>
                            {' '}
                            <Badge>{t('members.you')}</Badge>
                          </>
                        )}
                      </td>
                      <td>
                        {can('member.changeRole') && !isOwner ? (
                          <select
                            aria-label={t('members.roleOf', { who })}
                            value={member.role}
                            onChange={(event) =>
                              setPending({
                                kind: 'role',
                                member,
                                role: event.target.value as AssignableRole,
                              })
                            }
                          >
                            {roleOptions(t).map((option) => (
                              <option key={option.value} value={option.value}>
                                {option.label}
                              </option>
                            ))}
                          </select>
                        ) : (
                          <Badge tone={isOwner ? 'info' : 'neutral'}>
                            {t(`role.${member.role}`)}
                          </Badge>
                        )}
                      </td>
                      <td>{dateTime(member.joinedAt)}</td>
                      <td>
                        <div className="row-actions">
                          {can('organisation.transferOwnership') && !isOwner && (
                            <button
                              type="button"
                              className="button button-secondary button-small"
                              onClick={() => setPending({ kind: 'transfer', member })}
                            >
                              {t('members.transfer')}
                            </button>
                          )}
                          {!isOwner && (can('member.remove') || isMe) && (
                            <button
                              type="button"
                              className="button button-danger button-small"
                              onClick={() => setPending({ kind: 'remove', member })}
                            >
                              {isMe ? t('members.leave') : t('members.remove')}
                            </button>
                          )}
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </AsyncView>
      {can('member.changeRole') && <p className="muted small">{t('members.ownerFixed')}</p>}
      {pending?.kind === 'role' && (
        <ConfirmDialog
          title={t('members.changeRole.title')}
          confirmLabel={t('members.changeRole.submit')}
          onClose={() => setPending(undefined)}
          onConfirm={() => confirmPending(pending)}
        >
          <p>
            {t('members.changeRole.confirm', {
              who: describe(pending.member),
              from: t(`role.${pending.member.role}`),
              to: t(`role.${pending.role}`),
            })}
          </p>
          {pending.member.userId === myId && !allows(pending.role, 'member.changeRole') && (
            <p className="notice notice-warning">
              {t('members.changeRole.self', { to: t(`role.${pending.role}`) })}
            </p>
          )}
        </ConfirmDialog>
      )}
      {pending && pending.kind !== 'role' && (
        <ConfirmDialog
          title={
            pending.kind === 'transfer' ? t('members.transfer.title') : t('members.remove.title')
          }
          confirmLabel={pending.kind === 'transfer' ? t('members.transfer') : t('members.remove')}
          danger={pending.kind === 'remove'}
          onClose={() => setPending(undefined)}
          onConfirm={() => confirmPending(pending)}
        >
          <p>
            {pending.kind === 'transfer'
              ? t('members.transfer.confirm', { who: pending.member.email })
              : t('members.remove.confirm', { who: pending.member.email })}
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
