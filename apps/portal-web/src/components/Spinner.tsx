import { useI18n } from '../i18n/i18n-context.js';

/** A loading indicator that screen readers announce once. */
export function Spinner(props: { label?: string }) {
  const { t } = useI18n();
  return (
    <div className="spinner" role="status">
      <span className="spinner-wheel" aria-hidden="true" />
      <span>{props.label ?? t('state.loading')}</span>
    </div>
  );
}
