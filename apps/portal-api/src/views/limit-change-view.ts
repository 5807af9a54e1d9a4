import { isFinalState, type LimitChangeRecord } from '@devportal/portal-domain';
import type { components } from '../generated/portal.js';

/**
 * A limit-change request as the contract shows it: what the bank said and when; the gateway's
 * stored answer and the sync's bookkeeping stay inside.
 */
export function limitChangeView(record: LimitChangeRecord): components['schemas']['LimitChange'] {
  return {
    externalId: record.externalId,
    ...(record.businessCardId !== undefined && { businessCardId: record.businessCardId }),
    state: record.state,
    final: isFinalState(record.state),
    createdAt: record.createdAt,
    ...(record.lastCheckedAt !== undefined && { lastCheckedAt: record.lastCheckedAt }),
    ...(record.nextCheckAt !== undefined && { nextCheckAt: record.nextCheckAt }),
    history: record.history.map(({ state, at }) => ({ state, at })),
  };
}
