import { AuditRecorder } from '../audit/audit-recorder.js';
import type { Actor } from '../context/actor.js';
import { NotFoundError } from '../errors.js';
import { foundOrganisation } from '../organisations/founding.js';
import type { Organisation } from '../organisations/organisation.js';
import type { PortalDependencies } from '../portal-dependencies.js';
import { personNameOf } from './person-name.js';
import type { PreferredLanguage } from './preferred-language.js';
import type { UserProfile } from './user-profile.js';

/** The name of the organisation every user gets at registration. */
export const TEST_ORGANISATION_NAME = 'Test organisation';

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
   * Registers the actor with a test organisation, keeping `language` (the page's) as the one the
   * portal writes to them in; Conflict if already registered.
   */
  async register(actor: Actor, language?: PreferredLanguage): Promise<Registration> {
    const { organisation, owner } = foundOrganisation(
      actor,
      TEST_ORGANISATION_NAME,
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
      ...(language !== undefined && { language }),
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
  async setLanguage(actor: Actor, language: PreferredLanguage): Promise<UserProfile> {
    return this.deps.users.setLanguage(actor.userId, language);
  }
}
