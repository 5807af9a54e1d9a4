import type { components } from '../generated/portal.js';

/** Where an access request stands. */
export type AccessRequestStatus = components['schemas']['AccessRequestStatus'];

/** What a platform operator decides. */
export type AccessDecision = components['schemas']['AccessDecision']['decision'];

/** Every status, in the order an operator's filter lists them. */
export const ACCESS_REQUEST_STATUSES: readonly AccessRequestStatus[] = [
  'pending',
  'approved',
  'rejected',
  'revoked',
];

/**
 * An organisation's request for access to a confidential product: one per
 * organisation and product; a rejected or revoked one may be replaced by a new one.
 */
export interface AccessRequest {
  readonly id: string;
  readonly organisationId: string;
  readonly productId: string;
  readonly status: AccessRequestStatus;
  readonly contactName: string;
  readonly contactEmail: string;
  readonly contactPhone?: string;
  readonly purpose: string;
  readonly submittedBy: string;
  /** The submitter's e-mail address when submitting (for the bank's operator). */
  readonly submittedByEmail?: string;
  /** The submitter's display name when submitting, if the identity provider had one. */
  readonly submittedByName?: string;
  readonly submittedAt: string;
  readonly decidedBy?: string;
  readonly decidedAt?: string;
  /** The operator's comment on the decision. */
  readonly comment?: string;
  /** Optimistic-concurrency counter: decisions are conditioned on the version read. */
  readonly version: number;
}

/** What an organisation submits to ask for a confidential product. */
export type AccessRequestInput = components['schemas']['AccessRequestInput'];

const TRANSITIONS: Record<AccessDecision, { from: AccessRequestStatus; to: AccessRequestStatus }> =
  {
    approve: { from: 'pending', to: 'approved' },
    reject: { from: 'pending', to: 'rejected' },
    revoke: { from: 'approved', to: 'revoked' },
  };

/** The status `decision` leads to from `status`, or `undefined` if it does not apply there. */
export function statusAfter(
  status: AccessRequestStatus,
  decision: AccessDecision,
): AccessRequestStatus | undefined {
  const transition = TRANSITIONS[decision];
  return transition.from === status ? transition.to : undefined;
}

/** Whether a new request may replace `existing` (none, or one that was turned down or withdrawn). */
export function mayBeReplaced(existing: AccessRequest | undefined): boolean {
  return existing === undefined || existing.status === 'rejected' || existing.status === 'revoked';
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{5,20}$/;

/** Whether `input` satisfies the contract's `AccessRequestInput`. */
export function isValidAccessRequestInput(input: AccessRequestInput): boolean {
  const name = input.contactName;
  return (
    name.length >= 1 &&
    name.length <= 100 &&
    name.trim() === name &&
    EMAIL.test(input.contactEmail) &&
    (input.contactPhone === undefined || PHONE.test(input.contactPhone)) &&
    input.purpose.length >= 10 &&
    input.purpose.length <= 2000
  );
}
