import type { AccessRequestStatus } from '@devportal/portal-client';
import { Badge } from '../../components/Badge.js';
import { useI18n } from '../../i18n/i18n-context.js';

const TONES = {
  pending: 'warning',
  approved: 'success',
  rejected: 'danger',
  revoked: 'neutral',
} as const satisfies Record<AccessRequestStatus, string>;

export function AccessStatusBadge(props: { status: AccessRequestStatus }) {
  const { t } = useI18n();
  return <Badge tone={TONES[props.status]}>{t(`access.status.${props.status}`)}</Badge>;
}
