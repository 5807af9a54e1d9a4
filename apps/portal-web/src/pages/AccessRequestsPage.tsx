import { usePortal } from '../api/portal-context.js';
import { readAll } from '../api/read-all.js';
import { AsyncView } from '../components/AsyncView.js';
import { EmptyState } from '../components/EmptyState.js';
import { PageHeader } from '../components/PageHeader.js';
import { useLoad } from '../hooks/use-load.js';
import { productName } from '../i18n/catalog-names.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useCan, useOrg } from '../org/org-context.js';
import { AccessRequestForm } from './access/AccessRequestForm.js';
import { AccessStatusBadge } from './access/AccessStatusBadge.js';

/** The organisation's access requests with their status; submitting for roles that may. */
export function AccessRequestsPage() {
  const { t, dateTime, locale } = useI18n();
  const client = usePortal();
  const { org } = useOrg();
  const can = useCan();
  const data = useLoad(async () => {
    const [requests, products] = await Promise.all([
      readAll(client.accessRequests.list(org.id)),
      readAll(client.products.list()),
    ]);
    return { requests, confidential: products.filter((product) => product.confidential) };
  }, [client, org.id]);
  return (
    <>
      <PageHeader title={t('access.title')} description={t('access.description')} />
      <AsyncView loaded={data}>
        {({ requests, confidential }) => (
          <>
            {can('accessRequest.submit') && confidential.length > 0 && (
              <AccessRequestForm products={confidential} onSubmitted={data.reload} />
            )}
            <section className="card" aria-labelledby="access-list">
              <h2 id="access-list">{t('access.list')}</h2>
              {requests.length === 0 ? (
                <EmptyState title={t('access.none')} />
              ) : (
                <div className="table-wrap">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t('access.product')}</th>
                        <th scope="col">{t('access.statusColumn')}</th>
                        <th scope="col">{t('access.submitted')}</th>
                        <th scope="col">{t('access.decision')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {requests.map((request) => (
                        <tr key={request.id}>
                          <td>{productName(request.productId, locale)}</td>
                          <td>
                            <AccessStatusBadge status={request.status} />
                          </td>
                          <td>{dateTime(request.submittedAt)}</td>
                          <td>
                            {request.decidedAt ? dateTime(request.decidedAt) : '—'}
                            {request.comment && <p className="muted small">{request.comment}</p>}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
          </>
        )}
      </AsyncView>
    </>
  );
}
