import { Link } from 'react-router';
import { PageHeader } from '../components/PageHeader.js';
import { useI18n } from '../i18n/i18n-context.js';

/**
 * What the site frame shows instead of a page the person cannot open: an organisation they are
 * not in or that does not exist (the API answers both with one 404, so neither is told apart),
 * a page their role may not see, or an address the site has no page for.
 */
export function UnavailablePage(props: { kind: 'organisation' | 'forbidden' | 'page' }) {
  const { t } = useI18n();
  const title = props.kind === 'page' ? t('notFound.title') : t('unavailable.title');
  const text = {
    organisation: t('unavailable.orgText'),
    forbidden: t('unavailable.forbiddenText'),
    page: t('notFound.text'),
  }[props.kind];
  return (
    <>
      <PageHeader title={title} />
      <div className="card">
        <p>{text}</p>
        <Link className="button" to="/">
          {t('unavailable.toCabinet')}
        </Link>
      </div>
    </>
  );
}
