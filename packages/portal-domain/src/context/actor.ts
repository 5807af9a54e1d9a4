/**
 * Who is acting: the authenticated person behind a request, as the transport
 * established it (JWT subject and e-mail; the client's IP for the audit trail).
 */
export interface Actor {
  /** The identity provider's stable subject. */
  readonly userId: string;
  /** The verified e-mail address from the identity token. */
  readonly email: string;
  /** The person's display name from the identity token (`name`), when it carries one. */
  readonly name?: string;
  /** The client's IP address as the edge saw it. */
  readonly sourceIp: string;
  /**
   * A platform operator (bank staff), as the identity provider asserts it; operators
   * act outside organisations (reviewing access requests), never through a membership.
   */
  readonly operator?: boolean;
}
