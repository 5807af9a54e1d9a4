import type { LimitChangeRequest } from '@devportal/sber-client/contract';
import type { MessageKey } from '../i18n/messages.ru.js';
import type { SampleInput } from '../reference/code-samples.js';

/** What the console's form holds; each operation reads the fields it names. */
export interface OperationValues {
  readonly statusCodes: readonly string[];
  readonly page: string;
  readonly corpCardId: string;
  readonly businessCardId: string;
  readonly code: string;
  readonly limit: string;
  readonly externalId: string;
  readonly signature: string;
  readonly certificateUuid: string;
}

export type OperationField = Exclude<keyof OperationValues, 'statusCodes'> | 'statusCodes';

/** A request of the bank API, relative to the gateway's base. */
export interface OperationRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly body?: unknown;
}

/** An operation of the business-cards product as the console offers it. */
export interface CardOperation {
  readonly id:
    | 'listBusinessCards'
    | 'getCorporateCard'
    | 'createLimitChange'
    | 'getLimitChangeState'
    | 'getCryptoInfo';
  readonly label: MessageKey;
  readonly fields: readonly OperationField[];
  request(values: OperationValues): OperationRequest;
  /** the call's arguments as `@devportal/sber-client` takes them («copy as TypeScript») */
  sample(values: OperationValues): SampleInput;
}

export const CARD_OPERATIONS: readonly CardOperation[] = [
  {
    id: 'listBusinessCards',
    label: 'tryIt.op.listBusinessCards',
    fields: ['statusCodes', 'page'],
    request: (values) => {
      // Status codes are enum words: joined by commas unescaped, as the bank reads the list (an
      // erratum of its document: see the spec).
      const query = [
        values.statusCodes.length > 0 ? `statusCodes=${values.statusCodes.join(',')}` : '',
        values.page.trim() ? `page=${encodeURIComponent(values.page.trim())}` : '',
      ].filter(Boolean);
      return {
        method: 'GET',
        path: `/v1/business-cards${query.length ? `?${query.join('&')}` : ''}`,
      };
    },
    sample: (values) => ({
      query: {
        ...(values.statusCodes.length > 0 ? { statusCodes: values.statusCodes } : {}),
        ...(values.page.trim() ? { page: Number(values.page) } : {}),
      },
    }),
  },
  {
    id: 'getCorporateCard',
    label: 'tryIt.op.getCorporateCard',
    fields: ['corpCardId'],
    request: (values) => ({
      method: 'GET',
      path: `/v1/corporate-cards/${encodeURIComponent(values.corpCardId.trim())}`,
    }),
    sample: (values) => ({ pathParameter: values.corpCardId.trim() }),
  },
  {
    id: 'createLimitChange',
    label: 'tryIt.op.createLimitChange',
    fields: ['businessCardId', 'code', 'limit', 'externalId', 'signature', 'certificateUuid'],
    request: (values) => {
      const signature = values.signature.trim();
      return {
        method: 'POST',
        path: '/v1/business-cards/limits',
        body: {
          businessCardId: values.businessCardId.trim(),
          code: values.code.trim(),
          externalId: values.externalId.trim(),
          limit: Number(values.limit),
          ...(signature
            ? {
                digestSignatures: [
                  { base64Encoded: signature, certificateUuid: values.certificateUuid.trim() },
                ],
              }
            : {}),
        } satisfies LimitChangeRequest,
      };
    },
    sample(values) {
      return { body: this.request(values).body };
    },
  },
  {
    id: 'getLimitChangeState',
    label: 'tryIt.op.getLimitChangeState',
    fields: ['externalId'],
    request: (values) => ({
      method: 'GET',
      path: `/v1/business-cards/limits/${encodeURIComponent(values.externalId.trim())}/state`,
    }),
    sample: (values) => ({ pathParameter: values.externalId.trim() }),
  },
  {
    id: 'getCryptoInfo',
    label: 'tryIt.op.getCryptoInfo',
    fields: [],
    request: () => ({ method: 'GET', path: '/v1/crypto' }),
    sample: () => ({}),
  },
];

/** A form's starting values: active cards, page 1, a fresh externalId. */
export function initialValues(): OperationValues {
  return {
    statusCodes: ['ACTIVE'],
    page: '1',
    corpCardId: '',
    businessCardId: '',
    code: 'NON_RENEW',
    limit: '100000.00',
    externalId: crypto.randomUUID(),
    signature: '',
    certificateUuid: '',
  };
}
