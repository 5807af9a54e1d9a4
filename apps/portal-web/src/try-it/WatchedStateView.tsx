import { isSuccessfulBankStatus } from '@devportal/sber-client/contract';
import { useI18n } from '../i18n/i18n-context.js';
import type { WatchedLimitChange } from './limit-change-watch.js';

/** The followed limit change's last status, and what it means once final. */
export function WatchedStateView(props: { watched: WatchedLimitChange }) {
  const { t } = useI18n();
  const { externalId, status, final } = props.watched;
  const succeeded = final && status !== undefined && isSuccessfulBankStatus(status);
  return (
    <div
      role="status"
      className={
        final ? (succeeded ? 'notice notice-success' : 'notice notice-error') : 'notice notice-info'
      }
    >
      <p>{t('tryIt.watch.state', { externalId, status: status ?? '…' })}</p>
      <p>
        {!final
          ? t('tryIt.watch.waiting')
          : succeeded
            ? t('tryIt.watch.implemented')
            : t('tryIt.watch.refused', { status: status ?? '' })}
      </p>
    </div>
  );
}
