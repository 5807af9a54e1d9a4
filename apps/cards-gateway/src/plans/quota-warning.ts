import type { QuotaPeriod } from '@devportal/portal-domain';

/** The shares of a quota at which an application's owners are warned, in percent. */
export const QUOTA_WARNING_THRESHOLDS = [80, 90, 100] as const;

/** An application crossed a warning threshold of one quota window. */
export interface QuotaWarning {
  readonly organisationId: string;
  readonly applicationId: string;
  readonly productId: string;
  readonly planId: string;
  readonly period: QuotaPeriod;
  readonly thresholdPercent: (typeof QUOTA_WARNING_THRESHOLDS)[number];
  /** Calls taken from the window when the threshold was seen (reserved by gateways). */
  readonly used: number;
  readonly limit: number;
  readonly at: Date;
}

/** Where quota warnings go (webhooks, mail); must return at once and never throw into the gateway. */
export type QuotaWarningListener = (warning: QuotaWarning) => void;
