/** The four kinds of refusal a portal operation can end in; the HTTP layer maps each to one status. */
export type DomainErrorKind = 'forbidden' | 'not_found' | 'conflict' | 'validation';

/**
 * The error catalogue: every machine code the domain can raise, with its kind and a
 * human title. Declared once, as data, and read by the error classes, the HTTP
 * problem-details mapping and the tests.
 */
export const ERROR_CATALOGUE = {
  forbidden: { kind: 'forbidden', title: 'Your role in this organisation does not allow this' },
  organisation_not_found: { kind: 'not_found', title: 'Organisation not found' },
  member_not_found: { kind: 'not_found', title: 'Member not found' },
  invitation_not_found: { kind: 'not_found', title: 'Invitation not found or no longer valid' },
  user_not_registered: { kind: 'not_found', title: 'User is not registered' },
  concurrent_modification: {
    kind: 'conflict',
    title: 'Someone changed this at the same time; read it again and retry',
  },
  user_already_registered: { kind: 'conflict', title: 'User is already registered' },
  already_a_member: { kind: 'conflict', title: 'User is already a member of this organisation' },
  owner_cannot_be_removed: {
    kind: 'conflict',
    title: 'The Owner cannot be removed; transfer ownership first',
  },
  owner_cannot_be_demoted: {
    kind: 'conflict',
    title: "The Owner's role changes only by transferring ownership",
  },
  owner_must_transfer_before_leaving: {
    kind: 'conflict',
    title: 'The Owner cannot leave; transfer ownership first',
  },
  last_member_cannot_leave: {
    kind: 'conflict',
    title: 'The last member cannot leave the organisation; delete it instead',
  },
  already_the_owner: { kind: 'conflict', title: 'This member already owns the organisation' },
  invitation_expired: { kind: 'conflict', title: 'The invitation has expired' },
  invitation_revoked: { kind: 'conflict', title: 'The invitation was revoked' },
  inviter_no_longer_entitled: {
    kind: 'conflict',
    title:
      'Whoever sent this invitation may no longer invite to this organisation; ask for a new one',
  },
  invalid_role: { kind: 'validation', title: 'This role cannot be assigned this way' },
  invalid_email: { kind: 'validation', title: 'Not a valid e-mail address' },
  invalid_name: { kind: 'validation', title: 'Organisation names are 1 to 100 characters' },
  invalid_cursor: { kind: 'validation', title: 'The page cursor is malformed' },
  invitation_for_another_address: {
    kind: 'forbidden',
    title: 'This invitation was sent to another e-mail address',
  },
  application_not_found: { kind: 'not_found', title: 'Application not found' },
  product_not_found: { kind: 'not_found', title: 'API product not found' },
  plan_not_found: { kind: 'not_found', title: 'Tariff plan not found in this product' },
  subscription_not_found: {
    kind: 'not_found',
    title: 'The application is not subscribed to this product',
  },
  access_request_not_found: { kind: 'not_found', title: 'Access request not found' },
  limit_request_not_found: { kind: 'not_found', title: 'Limit-change request not found' },
  sync_run_not_found: { kind: 'not_found', title: 'Status-sync run not found' },
  operator_only: { kind: 'forbidden', title: 'Only a platform operator of the bank may do this' },
  access_request_not_approved: {
    kind: 'forbidden',
    title:
      'This plan is confidential: the organisation needs an approved access request for the product before subscribing',
  },
  access_request_open: {
    kind: 'conflict',
    title: 'The organisation already has a pending or approved access request for this product',
  },
  access_decision_not_allowed: {
    kind: 'conflict',
    title: 'This decision does not apply to the access request in its current status',
  },
  limit_request_exists: {
    kind: 'conflict',
    title: 'A limit-change request with this externalId is already recorded',
  },
  bank_not_connected: { kind: 'conflict', title: 'The organisation has not connected its bank' },
  bank_connection_expired: {
    kind: 'conflict',
    title: 'The bank connection has expired; connect the bank again',
  },
  bank_token_refresh_busy: {
    kind: 'conflict',
    title: 'Another process is refreshing the bank token and did not finish in time; retry',
  },
  invalid_application: {
    kind: 'validation',
    title: 'Application names are 1 to 100 characters and descriptions at most 1000',
  },
  invalid_secret_overlap: {
    kind: 'validation',
    title: 'The overlap of the previous secret is 0 to 604800 seconds',
  },
  access_request_not_needed: {
    kind: 'validation',
    title: 'This product has no confidential plan: no access request is needed',
  },
  invalid_access_request: {
    kind: 'validation',
    title:
      'An access request needs a contact name and e-mail and a purpose of 10 to 2000 characters',
  },
  invalid_period: { kind: 'validation', title: 'The period is malformed or too long' },
  audit_export_too_large: {
    kind: 'validation',
    title: 'The audit log to export has more events than one file holds; narrow the time range',
  },
  webhook_not_found: { kind: 'not_found', title: 'Webhook not found' },
  webhook_limit_reached: {
    kind: 'conflict',
    title: 'This application has as many webhooks as it may have; delete one first',
  },
  invalid_webhook_url: {
    kind: 'validation',
    title: 'A webhook URL is https with a host name, without credentials or a fragment',
  },
  invalid_webhook_events: {
    kind: 'validation',
    title: 'Webhook events are one or more of limit_change.state_changed and quota.warning',
  },
} as const satisfies Record<string, { kind: DomainErrorKind; title: string }>;

/** A machine code of the error catalogue. */
export type DomainErrorCode = keyof typeof ERROR_CATALOGUE;

/** The machine codes whose kind is `K`. */
export type DomainErrorCodeOf<K extends DomainErrorKind> = {
  [C in DomainErrorCode]: (typeof ERROR_CATALOGUE)[C]['kind'] extends K ? C : never;
}[DomainErrorCode];

/**
 * A refusal by a domain rule. `code` is stable and machine-readable; `detail` is
 * safe to show to the caller and never contains a secret.
 */
export class DomainError extends Error {
  /** The stable machine code from {@link ERROR_CATALOGUE}. */
  readonly code: DomainErrorCode;
  /** Which family of refusal this is; the HTTP layer maps it to a status. */
  readonly kind: DomainErrorKind;

  constructor(code: DomainErrorCode, detail?: string, options?: ErrorOptions) {
    super(detail ?? ERROR_CATALOGUE[code].title, options);
    this.name = new.target.name;
    this.code = code;
    this.kind = ERROR_CATALOGUE[code].kind;
  }
}

/** The actor's role does not allow the action (inside an organisation the actor belongs to). */
export class ForbiddenError extends DomainError {
  constructor(code: DomainErrorCodeOf<'forbidden'> = 'forbidden', detail?: string) {
    super(code, detail);
  }
}

/**
 * The thing does not exist for this actor. A foreign organisation's resources are
 * reported this way too, never as Forbidden, so their existence does not leak.
 */
export class NotFoundError extends DomainError {
  constructor(code: DomainErrorCodeOf<'not_found'>, detail?: string) {
    super(code, detail);
  }
}

/** The change contradicts the current state (an invariant, or a concurrent change). */
export class ConflictError extends DomainError {
  constructor(code: DomainErrorCodeOf<'conflict'>, detail?: string, options?: ErrorOptions) {
    super(code, detail, options);
  }
}

/** The input is malformed. */
export class ValidationError extends DomainError {
  constructor(code: DomainErrorCodeOf<'validation'>, detail?: string) {
    super(code, detail);
  }
}

/** Whether `error` is a refusal by a domain rule (as opposed to a fault). */
export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
