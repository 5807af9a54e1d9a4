import { PageHeader } from '../components/PageHeader.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useCan } from '../org/org-context.js';
import { InvitationsSection } from './members/InvitationsSection.js';
import { MembersTable } from './members/MembersTable.js';

/** Colleagues and their roles; invitations for those who may invite. */
export function MembersPage() {
  const { t } = useI18n();
  const can = useCan();
  return (
    <>
      <PageHeader title={t('members.title')} description={t('members.description')} />
      {can('member.invite') && <InvitationsSection />}
      <MembersTable />
    </>
  );
}
