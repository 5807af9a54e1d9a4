import type { MemberRepository, Membership, UserRepository } from '@devportal/portal-domain';
import { type MailLanguage, mailLanguageOf } from './mail-language.js';

/** Who hears of an organisation's quotas and webhooks: those who manage its plans and members. */
const MANAGER_ROLES: readonly Membership['role'][] = ['Owner', 'Administrator'];

/** A manager to write to, in the language of their profile. */
export interface ManagerRecipient {
  readonly email: string;
  readonly language: MailLanguage;
}

/** What {@link managersOf} reads. */
export interface ManagerDirectory {
  readonly members: Pick<MemberRepository, 'list'>;
  /** Each recipient's profile, for the language they read. */
  readonly users: Pick<UserRepository, 'get'>;
}

/** The organisation's Owner and Administrators, each with the language their profile keeps. */
export async function managersOf(
  directory: ManagerDirectory,
  organisationId: string,
): Promise<ManagerRecipient[]> {
  const managers: Membership[] = [];
  let cursor: string | undefined;
  do {
    const page = await directory.members.list(organisationId, {
      limit: 100,
      ...(cursor !== undefined && { cursor }),
    });
    managers.push(...page.items.filter((member) => MANAGER_ROLES.includes(member.role)));
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return Promise.all(
    managers.map(async (manager) => ({
      email: manager.email,
      language: mailLanguageOf((await directory.users.get(manager.userId))?.language),
    })),
  );
}
