import { Link, useParams } from 'react-router';
import { CopyButton } from '../components/CopyButton.js';
import { PageHeader } from '../components/PageHeader.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { MessageKey } from '../i18n/messages.ru.js';
import { BUSINESS_CARDS_PRODUCT_ID } from './business-cards-spec.js';
import { FIRST_CALL, FOLLOW, INSTALL, SIGN } from './getting-started-code.js';
import { TRY_IT_PATH } from './OperationSection.js';
import { PublicLayout } from './PublicLayout.js';

const STEPS: readonly { id: string; title: MessageKey; text: MessageKey; code?: string }[] = [
  { id: 'install', title: 'start.install.title', text: 'start.install.text', code: INSTALL },
  { id: 'credentials', title: 'start.credentials.title', text: 'start.credentials.text' },
  {
    id: 'first-call',
    title: 'start.firstCall.title',
    text: 'start.firstCall.text',
    code: FIRST_CALL,
  },
  { id: 'sign', title: 'start.sign.title', text: 'start.sign.text', code: SIGN },
  { id: 'follow', title: 'start.follow.title', text: 'start.follow.text', code: FOLLOW },
];

/** From nothing to a signed, implemented limit change in the sandbox, in five steps. */
export function GettingStartedPage() {
  const { t } = useI18n();
  const { productId } = useParams();
  if (productId !== BUSINESS_CARDS_PRODUCT_ID) {
    return (
      <PublicLayout>
        <PageHeader title={t('notFound.title')} description={t('reference.noProduct')} />
      </PublicLayout>
    );
  }
  return (
    <PublicLayout>
      <PageHeader title={t('start.title')} description={t('start.description')} />
      <ol className="ref-steps">
        {STEPS.map((step) => (
          <li key={step.id} className="card" aria-labelledby={`start-${step.id}`}>
            <h2 id={`start-${step.id}`}>{t(step.title)}</h2>
            <p>{t(step.text)}</p>
            {step.id === 'credentials' && (
              <p className="row-actions">
                <Link to="/register" className="button">
                  {t('auth.signUp.link')}
                </Link>
                <Link
                  to={`/login?next=${encodeURIComponent(TRY_IT_PATH)}`}
                  className="button button-secondary"
                >
                  {t('start.credentials.tryIt')}
                </Link>
              </p>
            )}
            {step.code && (
              <>
                <pre className="code">{step.code}</pre>
                <CopyButton value={step.code} label={t('reference.samples.copy')} />
              </>
            )}
          </li>
        ))}
      </ol>
      <p>
        <Link to={`/apis/${BUSINESS_CARDS_PRODUCT_ID}/reference`}>
          {t('reference.catalog.reference')}
        </Link>
      </p>
    </PublicLayout>
  );
}
