import type { AccessRequestStatus, Plan } from '@devportal/portal-client';
import { Badge } from '../../components/Badge.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { AccessStatusBadge } from '../access/AccessStatusBadge.js';

/**
 * A tariff plan: contour, limits, and a subscribe button when the role allows it. A confidential
 * plan shows where the organisation's access request for the product stands (`access`); without
 * one (or on the public catalog) it says a request is needed.
 */
export function PlanCard(props: {
  plan: Omit<Plan, 'name' | 'description'>;
  access?: AccessRequestStatus | undefined;
  onSubscribe?: () => void;
}) {
  const { t, number, locale } = useI18n();
  const { plan } = props;
  const { name, description } = plan.texts[locale];
  return (
    <article className="plan" aria-labelledby={`plan-${plan.id}`}>
      <h3 id={`plan-${plan.id}`}>{name}</h3>
      <p>
        <Badge tone={plan.contour === 'sandbox' ? 'success' : 'warning'}>
          {t(`contour.${plan.contour}`)}
        </Badge>{' '}
        {plan.confidential &&
          (props.access ? (
            <AccessStatusBadge status={props.access} labels="plan" />
          ) : (
            <Badge tone="info">{t('plan.needsAccess')}</Badge>
          ))}
      </p>
      {description && <p className="small">{description}</p>}
      <dl className="facts small">
        <dt>{t('plan.rate')}</dt>
        <dd>{t('plan.perSecond', { count: number(plan.ratePerSecond) })}</dd>
        {plan.quotaPerDay !== undefined && (
          <>
            <dt>{t('plan.quotaDay')}</dt>
            <dd>{number(plan.quotaPerDay)}</dd>
          </>
        )}
        {plan.quotaPerMonth !== undefined && (
          <>
            <dt>{t('plan.quotaMonth')}</dt>
            <dd>{number(plan.quotaPerMonth)}</dd>
          </>
        )}
      </dl>
      {props.onSubscribe && (
        <button type="button" className="button" onClick={props.onSubscribe}>
          {t('plan.subscribe', { plan: name })}
        </button>
      )}
    </article>
  );
}
