import {
  isFinalState,
  type LimitChangeRecord,
  nextCheckDelayMs,
  type StateTransition,
} from './limit-change.js';

/**
 * What a status check needs of a followed request: the fields the pending index returns with each
 * due entry, so a check reads nothing more (never the history nor the bank's creation answer).
 */
export type CheckedLimitChange = Pick<
  LimitChangeRecord,
  | 'organisationId'
  | 'externalId'
  | 'businessCardId'
  | 'contour'
  | 'applicationId'
  | 'state'
  | 'checksInState'
  | 'lastCheckedAt'
  | 'nextCheckAt'
  | 'version'
>;

/** The fields of `record` a check needs, and nothing else of it. */
export function checkedOf(record: CheckedLimitChange): CheckedLimitChange {
  const { organisationId, externalId, businessCardId, contour, applicationId } = record;
  const { state, checksInState, lastCheckedAt, nextCheckAt, version } = record;
  return {
    organisationId,
    externalId,
    ...(businessCardId !== undefined && { businessCardId }),
    contour,
    ...(applicationId !== undefined && { applicationId }),
    state,
    checksInState,
    ...(lastCheckedAt !== undefined && { lastCheckedAt }),
    ...(nextCheckAt !== undefined && { nextCheckAt }),
    version,
  };
}

/**
 * What recording a check changes on the version it claimed: one conditional update of these
 * fields (and the version), in a transaction with an audit event only when the state moved.
 */
export interface CheckWrite {
  readonly state: string;
  /** The state changed: this step is appended to the history. */
  readonly transition?: StateTransition;
  /** When the bank last answered; absent when this check got no answer. */
  readonly lastCheckedAt?: string;
  readonly checksInState: number;
  /** Absent: the request is no longer followed (final, or let go) and leaves the pending index. */
  readonly nextCheckAt?: string;
}

/**
 * What the check of `read` writes when the bank reported `observed` at `now`: a transition if
 * the state changed, the next check rescheduled either way. `undefined` when `read` is already
 * final (nothing can change any more).
 */
export function observationOf(
  read: CheckedLimitChange,
  observed: string,
  now: Date,
): CheckWrite | undefined {
  if (isFinalState(read.state)) return undefined;
  const at = now.toISOString();
  const transitioned = observed !== read.state;
  const checksInState = transitioned ? 0 : read.checksInState + 1;
  const delay = nextCheckDelayMs(observed, checksInState);
  return {
    state: observed,
    ...(transitioned && { transition: { state: observed, at } }),
    lastCheckedAt: at,
    checksInState,
    ...(delay !== undefined && { nextCheckAt: new Date(now.getTime() + delay).toISOString() }),
  };
}

/**
 * `record` as `write` leaves it, one version on: what the store holds once the check's update
 * committed (with the transition in the history when `record` carries one).
 */
export function afterCheck<
  T extends CheckedLimitChange & { readonly history?: readonly StateTransition[] },
>(record: T, write: CheckWrite): T {
  const { nextCheckAt: _previous, ...rest } = record;
  const { transition, ...fields } = write;
  return {
    ...rest,
    ...fields,
    ...(record.history && transition && { history: [...record.history, transition] }),
    version: record.version + 1,
  } as T;
}
