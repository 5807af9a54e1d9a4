import { AuditRecorder } from '../audit/audit-recorder.js';
import type { Actor } from '../context/actor.js';
import { NotFoundError } from '../errors.js';
import { DEFAULT_PORTAL_LANGUAGE, type PortalLanguage } from '../language.js';
import { foundOrganisation } from '../organisations/founding.js';
import type { Organisation } from '../organisations/organisation.js';
import type { PortalDependencies } from '../portal-dependencies.js';
import { personNameOf } from './person-name.js';
import type { UserProfile } from './user-profile.js';

/** The name of the organisation every user gets at registration, in the language they register in. */
export const TEST_ORGANISATION_NAMES = {
  ru: 'Тестовая организация',
  en: 'Test organisation',
} as const satisfies Record<PortalLanguage, string>;

/** A completed registration. */
export interface Registration {
  readonly profile: UserProfile;
  readonly testOrganisation: Organisation;
}

/** Registers portal users; each gets a test organisation of which they are the Owner. */
export class RegistrationService {
  private readonly recorder: AuditRecorder;

  constructor(private readonly deps: PortalDependencies) {
    this.recorder = new AuditRecorder(deps.clock, deps.crypto);
  }

  /**
   * Registers the actor with a test organisation named in `language`, the one they signed up in
   * (the portal's default when unknown), and keeps it as the language the portal writes to them
   * in; Conflict if already registered. The organisation's name is its own from then on: a later
   * change of language does not rename it.
   */
  async register(
    actor: Actor,
    language: PortalLanguage = DEFAULT_PORTAL_LANGUAGE,
  ): Promise<Registration> {
    const { organisation, owner } = foundOrganisation(
      actor,
      TEST_ORGANISATION_NAMES[language],
      'test',
      this.deps.clock,
      this.deps.crypto,
    );
    const profile: UserProfile = {
      userId: actor.userId,
      email: owner.email,
      ...personNameOf(actor),
      registeredAt: organisation.createdAt,
      testOrganisationId: organisation.id,
      language,
    };
    const audit = this.recorder.record(actor, {
      organisationId: organisation.id,
      actorRole: 'Owner',
      action: 'user.registered',
      target: { type: 'organisation', id: organisation.id },
      details: { kind: organisation.kind },
    });
    await this.deps.users.register(profile, organisation, owner, { audit });
    return { profile, testOrganisation: organisation };
  }

  /** The actor's profile; NotFound until they register. */
  async profile(actor: Actor): Promise<UserProfile> {
    const profile = await this.deps.users.get(actor.userId);
    if (!profile) throw new NotFoundError('user_not_registered');
    return profile;
  }

  /** Sets the actor's own preferred language; NotFound until they register. */
  async setLanguage(actor: Actor, language: PortalLanguage): Promise<UserProfile> {
    return this.deps.users.setLanguage(actor.userId, language);
  }
}
