import type { PortalLanguage } from '../language.js';

/** A registered portal user. */
export interface UserProfile {
  readonly userId: string;
  readonly email: string;
  /** The display name from the identity token at registration. */
  readonly name?: string;
  readonly registeredAt: string;
  /** The test organisation created for the user at registration. */
  readonly testOrganisationId: string;
  /**
   * The language the portal writes to them in: the page's language at registration, then their
   * choice on the profile page; absent in profiles registered without one (Russian applies).
   */
  readonly language?: PortalLanguage;
}
