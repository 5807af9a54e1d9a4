import type { AssignableRole, Member } from '@devportal/portal-client';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { usePortal } from '../../api/portal-context.js';
import { readAll } from '../../api/read-all.js';
import { AsyncView } from '../../components/AsyncView.js';
import { Badge } from '../../components/Badge.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useAction } from '../../hooks/use-action.js';
import { useLoad } from '../../hooks/use-load.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useMe } from '../../org/me-context.js';
import { useCan, useOrg } from '../../org/org-context.js';
import { roleOptions } from './role-options.js';

type Pending = { kind: 'remove' | 'transfer'; member: Member };

/** The members with their roles; role changes, removal and ownership transfer where allowed. */
export function MembersTable() {
  const { t, dateTime } = useI18n();
  const client = usePortal();
  const { org, reload: reloadOrg } = useOrg();
  const me = useMe();
  const can = useCan();
  const navigate = useNavigate();
  const members = useLoad(() => readAll(client.members.list(org.id)), [client, org.id]);
  const [pending, setPending] = useState<Pending>();
  const changeRole = useAction(async (userId: string, role: AssignableRole) => {
    await client.members.changeRole(org.id, userId, { role });
    members.reload();
  });
  const myId = me.me.user.id;

  const confirmPending = async ({ kind, member }: Pending) => {
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
      {changeRole.error !== undefined && <ErrorNotice error={changeRole.error} />}
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
                  const who = member.name ? `${member.name} (${member.email})` : member.email;
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
                            disabled={changeRole.pending}
                            onChange={(event) =>
                              void changeRole.run(
                                member.userId,
                                event.target.value as AssignableRole,
                              )
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
      {pending && (
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
