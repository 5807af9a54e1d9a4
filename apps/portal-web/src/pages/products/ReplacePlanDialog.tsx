import type { Plan } from '@devportal/portal-client';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { MessageKey } from '../../i18n/messages.ru.js';

/** What stops working when an application moves from a plan of `from`'s contour to `to`'s. */
function consequenceOf(from: Plan, to: Plan): MessageKey {
  if (from.contour === to.contour) return 'subscribe.replace.sameContour';
  return to.contour === 'production'
    ? 'subscribe.replace.toProduction'
    : 'subscribe.replace.toSandbox';
}

/**
 * Asks before a subscription replaces the application's plan of the same product: the API keeps
 * one plan per product and application (the gateway's token carries that plan), so subscribing
 * to another plan ends the current one. Names both plans, their contours and what stops working.
 */
export function ReplacePlanDialog(props: {
  application: string;
  from: Plan;
  to: Plan;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { from, to } = props;
  return (
    <ConfirmDialog
      title={t('subscribe.replace.title', { from: from.name, to: to.name })}
      confirmLabel={t('subscribe.replace.confirm')}
      danger
      onConfirm={props.onConfirm}
      onClose={props.onClose}
    >
      <p>
        {t('subscribe.replace.rule', {
          app: props.application,
          from: from.name,
          fromContour: t(`contour.${from.contour}`),
          to: to.name,
          toContour: t(`contour.${to.contour}`),
        })}
      </p>
      <p className="notice notice-warning">{t(consequenceOf(from, to), { to: to.name })}</p>
      <p className="muted small">{t('subscribe.replace.tokens')}</p>
    </ConfirmDialog>
  );
}
