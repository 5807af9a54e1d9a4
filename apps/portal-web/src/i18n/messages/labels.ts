/**
 * Human labels: of the fields «Попробовать» sends to the bank (the parameter's own name is shown
 * beside each, as code) and of a product's version. RU first, EN typed against it.
 */
export const ru = {
  'tryIt.field.statusCodes': 'Статусы карт',
  'tryIt.field.page': 'Страница',
  'tryIt.field.corpCardId': 'Корпоративная карта',
  'tryIt.field.businessCardId': 'Бизнес-карта',
  'tryIt.field.code': 'Код лимита',
  'tryIt.field.limit': 'Сумма лимита',
  'tryIt.field.externalId': 'Внешний идентификатор',
  'tryIt.field.certificateUuid': 'UUID сертификата',
  'products.version': 'версия {version}',
} as const;

export const en: Record<keyof typeof ru, string> = {
  'tryIt.field.statusCodes': 'Card statuses',
  'tryIt.field.page': 'Page',
  'tryIt.field.corpCardId': 'Corporate card',
  'tryIt.field.businessCardId': 'Business card',
  'tryIt.field.code': 'Limit code',
  'tryIt.field.limit': 'Limit amount',
  'tryIt.field.externalId': 'External id',
  'tryIt.field.certificateUuid': 'Certificate UUID',
  'products.version': 'v{version}',
};
