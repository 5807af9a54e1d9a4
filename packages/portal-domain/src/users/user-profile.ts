/** A registered portal user. */
export interface UserProfile {
  readonly userId: string;
  readonly email: string;
  /** The display name from the identity token at registration. */
  readonly name?: string;
  readonly registeredAt: string;
  /** The test organisation created for the user at registration. */
  readonly testOrganisationId: string;
}
