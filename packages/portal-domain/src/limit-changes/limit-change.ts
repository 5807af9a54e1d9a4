import {
  bankDocumentStatusAwaitingSignatureValues,
  bankDocumentStatusRefusedValues,
  bankDocumentStatusSuccessfulValues,
  isFinalBankStatus,
} from '@devportal/sber-client/contract';
import type { Contour } from '../catalog/product.js';

/** The bank's final states that mean the limit was changed. */
export const SUCCESS_STATES = bankDocumentStatusSuccessfulValues;

/** The bank's final states that mean the request will never be carried out. */
export const REFUSAL_STATES = bankDocumentStatusRefusedValues;

/** Saved by the bank but waiting for a signature in its UI: it may stay so for days. */
export const AWAITING_SIGNATURE_STATE = bankDocumentStatusAwaitingSignatureValues[0];

/** One change of the bank's state, as the portal observed it. */
export interface StateTransition {
  readonly state: string;
  readonly at: string;
}

/**
 * The bank's answer to the request's creation, kept verbatim so that a replay of the
 * same `externalId` through the gateway gets it again without reaching the bank.
 */
export interface CreationAnswer {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

/** A limit-change request of an organisation and what the bank said about it over time. */
export interface LimitChangeRecord {
  readonly organisationId: string;
  /** The request's id at the bank, chosen by the client; unique within the organisation. */
  readonly externalId: string;
  readonly businessCardId?: string;
  /**
   * The limit's code and size as created through the gateway, so that a replay with other values
   * is refused as the bank refuses it. Absent on records made otherwise.
   */
  readonly code?: string;
  readonly limit?: number;
  /** The bank's contour the request went to (the plan's), where the status sync asks about it. */
  readonly contour: Contour;
  /** The application that created it: status changes go to its webhooks. */
  readonly applicationId?: string;
  /** What the bank answered when the gateway created it (absent for records made otherwise). */
  readonly creationAnswer?: CreationAnswer;
  /** The bank's latest state. */
  readonly state: string;
  /** Every state the request went through, oldest first (the first is its state at creation). */
  readonly history: readonly StateTransition[];
  readonly createdAt: string;
  readonly lastCheckedAt?: string;
  /** Checks made since the state last changed: drives the backoff. */
  readonly checksInState: number;
  /** When the status sync looks again; absent once the state is final. */
  readonly nextCheckAt?: string;
  /** Optimistic-concurrency counter: every sync is conditioned on the version read. */
  readonly version: number;
}

/** Whether the bank will not move the request out of `state` any more. */
export function isFinalState(state: string): boolean {
  return isFinalBankStatus(state);
}

const MINUTE = 60_000;
const FIRST_CHECK_DELAY_MS = MINUTE;
const LONGEST_CHECK_DELAY_MS = 60 * MINUTE;
const AWAITING_SIGNATURE_CHECK_DELAY_MS = 6 * 60 * MINUTE;

/**
 * The backoff policy: how long after a check of a request in `state` (the
 * `checksInState`-th since it changed) the next one is due; `undefined` for a final
 * state. In progress: 1 minute, doubling up to an hour. Awaiting a signature: every
 * 6 hours, since a person has to act in the bank's UI first.
 */
export function nextCheckDelayMs(state: string, checksInState: number): number | undefined {
  if (isFinalState(state)) return undefined;
  if (state === AWAITING_SIGNATURE_STATE) return AWAITING_SIGNATURE_CHECK_DELAY_MS;
  return Math.min(FIRST_CHECK_DELAY_MS * 2 ** checksInState, LONGEST_CHECK_DELAY_MS);
}

/** A new record for a request the bank just accepted in `state`. */
export function newLimitChangeRecord(
  organisationId: string,
  externalId: string,
  state: string,
  now: Date,
  contour: Contour,
  businessCardId?: string,
): LimitChangeRecord {
  const at = now.toISOString();
  return {
    organisationId,
    externalId,
    contour,
    ...(businessCardId !== undefined && { businessCardId }),
    state,
    history: [{ state, at }],
    createdAt: at,
    checksInState: 0,
    ...scheduleAfter(state, 0, now),
    version: 1,
  };
}

function scheduleAfter(state: string, checksInState: number, now: Date) {
  const delay = nextCheckDelayMs(state, checksInState);
  return delay === undefined ? {} : { nextCheckAt: new Date(now.getTime() + delay).toISOString() };
}

/** How many partitions the status sync's queue is spread over (read in parallel). */
export const PENDING_SHARDS = 4;

/** The queue partition of `externalId`: a stable hash (FNV-1a) modulo {@link PENDING_SHARDS}. */
export function pendingShardOf(externalId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < externalId.length; i++) {
    hash ^= externalId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % PENDING_SHARDS;
}
