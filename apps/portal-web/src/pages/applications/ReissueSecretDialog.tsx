import type { Application, ReissuedSecret } from '@devportal/portal-client';
import { useState } from 'react';
import { usePortal } from '../../api/portal-context.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { SecretDialog } from '../../components/SecretDialog.js';
import { SelectField } from '../../components/SelectField.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { MessageKey } from '../../i18n/messages.ru.js';
import { useOrg } from '../../org/org-context.js';

/** How long the previous secret may keep working, as the API allows (up to 7 days). */
const OVERLAPS: readonly { readonly seconds: number; readonly label: MessageKey }[] = [
  { seconds: 0, label: 'reissue.overlap.none' },
  { seconds: 3_600, label: 'reissue.overlap.hour' },
  { seconds: 86_400, label: 'reissue.overlap.day' },
  { seconds: 604_800, label: 'reissue.overlap.week' },
];

/**
 * Re-issues the Client Secret after confirmation, stating how long the previous one keeps working,
 * then shows the new secret once.
 */
export function ReissueSecretDialog(props: {
  app: Application;
  onDone: () => void;
  onClose: () => void;
}) {
  const { t, dateTime } = useI18n();
  const client = usePortal();
  const { org } = useOrg();
  const [overlapSeconds, setOverlapSeconds] = useState(86_400);
  const [reissued, setReissued] = useState<ReissuedSecret>();

  if (reissued) {
    return (
      <SecretDialog
        title={t('reissue.done.title')}
        clientId={reissued.clientId}
        clientSecret={reissued.clientSecret}
        note={
          reissued.previousSecretExpiresAt
            ? t('reissue.done.previousUntil', { at: dateTime(reissued.previousSecretExpiresAt) })
            : t('reissue.done.previousStopped')
        }
        onClose={props.onClose}
      />
    );
  }
  const overlap = OVERLAPS.find((option) => option.seconds === overlapSeconds) ?? OVERLAPS[0];
  return (
    <ConfirmDialog
      title={t('reissue.title', { name: props.app.name })}
      confirmLabel={t('apps.reissue')}
      onClose={props.onClose}
      closeOnSuccess={false}
      onConfirm={async () => {
        setReissued(
          await client.applications.reissueSecret(org.id, props.app.id, { overlapSeconds }),
        );
        props.onDone();
      }}
    >
      <SelectField
        label={t('reissue.overlap')}
        options={OVERLAPS.map((option) => ({
          value: String(option.seconds),
          label: t(option.label),
        }))}
        value={String(overlapSeconds)}
        onChange={(event) => setOverlapSeconds(Number(event.target.value))}
      />
      <p className="notice notice-warning">
        {overlapSeconds === 0
          ? t('reissue.statement.immediate')
          : t('reissue.statement.overlap', { overlap: t(overlap?.label ?? 'reissue.overlap.day') })}
      </p>
    </ConfirmDialog>
  );
}
