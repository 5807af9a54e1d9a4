import type { QuotaUsage } from '@devportal/portal-client';
import { useI18n } from '../../i18n/i18n-context.js';

/** Calls used of each quota window (today, this month): numbers and a bar, full at the limit. */
export function QuotaBars(props: { quota: readonly QuotaUsage[] }) {
  const { t, number, dateTime } = useI18n();
  if (props.quota.length === 0) return <p className="muted">{t('quota.none')}</p>;
  return (
    <dl className="quota-list">
      {props.quota.map((window) => {
        const share = window.limit === 0 ? 1 : Math.min(1, window.used / window.limit);
        const label = t(window.period === 'day' ? 'quota.period.day' : 'quota.period.month');
        const used = t('quota.used', { used: number(window.used), limit: number(window.limit) });
        return (
          <div key={window.period} className="quota">
            <dt>{label}</dt>
            <dd>
              <div
                className={`quota-bar${share >= 0.9 ? ' quota-bar-high' : ''}`}
                role="progressbar"
                aria-label={label}
                aria-valuemin={0}
                aria-valuemax={window.limit}
                aria-valuenow={window.used}
                aria-valuetext={used}
              >
                <span style={{ width: `${(share * 100).toFixed(1)}%` }} />
              </div>
              <span>{used}</span>{' '}
              <span className="muted">{t('quota.resets', { at: dateTime(window.resetsAt) })}</span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
