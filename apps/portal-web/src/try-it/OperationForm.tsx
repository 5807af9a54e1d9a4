import { businessCardStatusValues } from '@devportal/sber-client/contract';
import { TextField } from '../components/TextField.js';
import { formSubmit } from '../hooks/form-submit.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { CardOperation, OperationValues } from './card-operations.js';

/** The fields of one operation; submitting sends it. */
export function OperationForm(props: {
  operation: CardOperation;
  values: OperationValues;
  onChange: (values: OperationValues) => void;
  onSend: () => void;
  disabled: boolean;
  /** the page signs the request itself: no signature fields to fill */
  signsInPage?: boolean;
}) {
  const { t } = useI18n();
  const { operation, values, onChange } = props;
  const set = (field: keyof OperationValues) => (event: { target: { value: string } }) =>
    onChange({ ...values, [field]: event.target.value });
  const toggleStatus = (status: string) =>
    onChange({
      ...values,
      statusCodes: values.statusCodes.includes(status)
        ? values.statusCodes.filter((code) => code !== status)
        : [...values.statusCodes, status],
    });
  const submit = formSubmit(props.onSend);
  const signedByHand = new Set(['signature', 'certificateUuid']);
  const shows = (field: (typeof operation.fields)[number]) =>
    operation.fields.includes(field) && !(props.signsInPage && signedByHand.has(field));

  return (
    <form onSubmit={submit} className="form grid-2">
      {shows('statusCodes') && (
        <fieldset className="span-2 checkbox-group">
          <legend>
            {t('tryIt.field.statusCodes')} <code>statusCodes</code>
          </legend>
          {businessCardStatusValues.map((status) => (
            <label key={status}>
              <input
                type="checkbox"
                checked={values.statusCodes.includes(status)}
                onChange={() => toggleStatus(status)}
              />{' '}
              <code>{status}</code>
            </label>
          ))}
        </fieldset>
      )}
      {shows('page') && (
        <TextField
          label={t('tryIt.field.page')}
          apiName="page"
          type="number"
          min={1}
          value={values.page}
          onChange={set('page')}
        />
      )}
      {shows('corpCardId') && (
        <TextField
          label={t('tryIt.field.corpCardId')}
          apiName="corpCardId"
          required
          value={values.corpCardId}
          onChange={set('corpCardId')}
          hint={t('tryIt.hint.cardId')}
        />
      )}
      {shows('businessCardId') && (
        <TextField
          label={t('tryIt.field.businessCardId')}
          apiName="businessCardId"
          required
          value={values.businessCardId}
          onChange={set('businessCardId')}
          hint={t('tryIt.hint.cardId')}
        />
      )}
      {shows('code') && (
        <TextField
          label={t('tryIt.field.code')}
          apiName="code"
          required
          value={values.code}
          onChange={set('code')}
        />
      )}
      {shows('limit') && (
        <TextField
          label={t('tryIt.field.limit')}
          apiName="limit"
          required
          inputMode="decimal"
          value={values.limit}
          onChange={set('limit')}
        />
      )}
      {shows('externalId') && (
        <TextField
          label={t('tryIt.field.externalId')}
          apiName="externalId"
          required
          value={values.externalId}
          onChange={set('externalId')}
        />
      )}
      {shows('signature') && (
        <TextField
          label={t('tryIt.signature')}
          hint={t('tryIt.signature.hint')}
          value={values.signature}
          onChange={set('signature')}
        />
      )}
      {shows('certificateUuid') && (
        <TextField
          label={t('tryIt.field.certificateUuid')}
          apiName="certificateUuid"
          value={values.certificateUuid}
          onChange={set('certificateUuid')}
        />
      )}
      <div className="span-2">
        <button type="submit" className="button" disabled={props.disabled}>
          {t('tryIt.send')}
        </button>
      </div>
    </form>
  );
}
