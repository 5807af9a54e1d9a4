import { bankServers, sberOAuthEndpoints } from '@devportal/sber-client';
import type { StagePolicy } from '../stage/stage-settings.js';

/** The bank's hosts for a stage's contour, as `@devportal/sber-client` publishes them. */
export interface BankEndpoints {
  /** The business-cards API's base URL. */
  readonly apiUrl: string;
  /** SberBusiness ID's token endpoint (code exchange and refresh). */
  readonly tokenUrl: string;
}

/** Where the functions of a stage reach the bank. */
export function bankEndpointsOf(policy: Pick<StagePolicy, 'bankContour'>): BankEndpoints {
  return {
    apiUrl: bankServers[policy.bankContour],
    tokenUrl: sberOAuthEndpoints[policy.bankContour].tokenUrl,
  };
}
