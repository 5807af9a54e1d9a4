import type { Change } from '../audit/change.js';
import type { PortalLanguage } from '../language.js';
import type { Membership } from '../members/membership.js';
import type { Organisation } from '../organisations/organisation.js';
import type { UserProfile } from './user-profile.js';

/** Storage port for users. */
export interface UserRepository {
  get(userId: string): Promise<UserProfile | undefined>;
  /**
   * Stores the profile, the test organisation and the user's Owner membership in
   * one transaction; Conflict if the user is already registered.
   */
  register(
    profile: UserProfile,
    testOrganisation: Organisation,
    owner: Membership,
    change: Change,
  ): Promise<void>;
  /** Sets the person's preferred language; NotFound (`user_not_registered`) without a profile. */
  setLanguage(userId: string, language: PortalLanguage): Promise<UserProfile>;
}
