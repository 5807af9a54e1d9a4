/** Texts of the invitation's page and of a person's pending invitations, in Russian. */
export const ru = {
  'invitation.organisation': 'Организация',
  'invitation.role': 'Роль',
  'invitation.inviter': 'Пригласил(а)',
  'invitation.address': 'Для адреса',
  'invitation.expires': 'Действует до',
  'invitation.otherAddress':
    'Приглашение отправлено на {invited}, а вы вошли как {email}: войдите с приглашённым адресом, чтобы принять его.',
  'invitation.notFound':
    'Приглашение не найдено: ссылка неверна, срок истёк, приглашение отозвано или уже принято.',
  'pendingInvitations.title': 'Приглашения для вас',
  'pendingInvitations.item': '«{organisation}» · {role} · от {inviter}',
  'pendingInvitations.hint':
    'Чтобы принять приглашение, откройте ссылку из письма, отправленного на {email}.',
} as const;

/** The same texts in English. */
export const en: Record<keyof typeof ru, string> = {
  'invitation.organisation': 'Organisation',
  'invitation.role': 'Role',
  'invitation.inviter': 'Invited by',
  'invitation.address': 'For the address',
  'invitation.expires': 'Valid until',
  'invitation.otherAddress':
    'The invitation was sent to {invited}, and you are signed in as {email}: sign in with the invited address to accept it.',
  'invitation.notFound':
    'Invitation not found: the link is wrong, it expired, was revoked or was accepted already.',
  'pendingInvitations.title': 'Invitations for you',
  'pendingInvitations.item': '«{organisation}» · {role} · from {inviter}',
  'pendingInvitations.hint':
    'To accept an invitation, open the link in the e-mail sent to {email}.',
};
