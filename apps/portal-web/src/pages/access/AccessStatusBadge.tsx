import type { AccessRequestStatus } from '@devportal/portal-client';
import { Badge } from '../../components/Badge.js';
import { useI18n } from '../../i18n/i18n-context.js';

const TONES = {
  pending: 'warning',
  approved: 'success',
  rejected: 'danger',
  revoked: 'neutral',
} as const satisfies Record<AccessRequestStatus, string>;

/** A request's status; `labels="plan"` words it as what it means for a plan's card. */
export function AccessStatusBadge(props: {
  status: AccessRequestStatus;
  labels?: 'request' | 'plan';
}) {
  const { t } = useI18n();
  const label =
    props.labels === 'plan' ? t(`plan.access.${props.status}`) : t(`access.status.${props.status}`);
  return <Badge tone={TONES[props.status]}>{label}</Badge>;
}
