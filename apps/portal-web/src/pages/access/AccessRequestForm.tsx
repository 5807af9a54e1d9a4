import type { Product } from '@devportal/portal-client';
import { useState } from 'react';
import { usePortal } from '../../api/portal-context.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { formSubmit } from '../../hooks/form-submit.js';
import { useAction } from '../../hooks/use-action.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useMe } from '../../org/me-context.js';
import { useOrg } from '../../org/org-context.js';

/** Asks the bank for access to a confidential product (the seed's step 5). */
export function AccessRequestForm(props: {
  products: readonly Product[];
  onSubmitted: () => void;
}) {
  const { t, locale } = useI18n();
  const client = usePortal();
  const { org } = useOrg();
  const { me } = useMe();
  const [fields, setFields] = useState({
    productId: props.products[0]?.id ?? '',
    contactName: me.user.name ?? '',
    contactEmail: me.user.email,
    contactPhone: '',
    purpose: '',
  });
  const set = (field: keyof typeof fields) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [field]: event.target.value }));
  const submit = useAction(async () => {
    const phone = fields.contactPhone.trim();
    await client.accessRequests.submit(org.id, {
      productId: fields.productId,
      contactName: fields.contactName.trim(),
      contactEmail: fields.contactEmail.trim(),
      purpose: fields.purpose.trim(),
      ...(phone ? { contactPhone: phone } : {}),
    });
    setFields((current) => ({ ...current, purpose: '' }));
    props.onSubmitted();
  });
  const onSubmit = formSubmit(submit.run);
  return (
    <section className="card" aria-labelledby="access-form">
      <h2 id="access-form">{t('access.form.title')}</h2>
      <p className="muted">{t('access.form.explain')}</p>
      <form onSubmit={onSubmit} className="form grid-2">
        <SelectField
          label={t('access.product')}
          options={props.products.map((product) => ({
            value: product.id,
            label: product.texts[locale].name,
          }))}
          value={fields.productId}
          onChange={set('productId')}
        />
        <TextField
          label={t('access.contactName')}
          required
          maxLength={100}
          value={fields.contactName}
          onChange={set('contactName')}
        />
        <TextField
          label={t('access.contactEmail')}
          type="email"
          required
          value={fields.contactEmail}
          onChange={set('contactEmail')}
        />
        <TextField
          label={t('access.contactPhone')}
          type="tel"
          value={fields.contactPhone}
          onChange={set('contactPhone')}
        />
        <div className="field span-2">
          <label htmlFor="access-purpose">{t('access.purpose')}</label>
          <textarea
            id="access-purpose"
            required
            minLength={10}
            maxLength={2000}
            rows={3}
            value={fields.purpose}
            onChange={set('purpose')}
          />
        </div>
        {submit.error !== undefined && (
          <div className="span-2">
            <ErrorNotice error={submit.error} />
          </div>
        )}
        <div className="span-2">
          <button type="submit" className="button" disabled={submit.pending}>
            {t('access.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
