import type {
  BusinessCard,
  BusinessCardStatus,
  CorporateCard,
  components,
} from '@devportal/sber-client/contract';

/** Every scope the sandbox's SberBusiness ID grants. */
export const ALL_SCOPES = [
  'openid',
  'BUSINESS_CARD_LIMIT',
  'CORPORATE_CARDS',
  'GET_CRYPTO_INFO',
] as const;

/** The sandbox's CorpCardLimitType directory: the limit codes its cards carry. */
export const LIMIT_CODES = ['NON_RENEW', 'DAILY', 'MONTHLY'] as const;

/**
 * A business card as the sandbox stores it: every field of `BusinessCardBase`, with `CorpCardBase`'s
 * issue date and limits (its `corpCardId` and `account` are `businessCardId` and `accountNumber`).
 */
export type Card = Required<BusinessCard> &
  Required<Pick<CorporateCard, 'cardIssuedDate'>> & {
    limits: Required<components['schemas']['CorpCardLimit']>[];
  };

/**
 * A certificate of a user's crypto profile: `CertificateInfo`'s fields, all present, without the
 * DER, which the `CertificateRegistry` holds and may make on first use. `serialNumber` is hex, as
 * in the certificate itself.
 */
export type Certificate = Required<Omit<components['schemas']['CertificateInfo'], 'certificate'>>;

/** A SberBusiness user of an organisation. */
export interface User {
  id: string;
  /** what `login_hint` names at the authorize endpoint */
  login: string;
  fullName: string;
  certificates: Certificate[];
}

export interface Organization {
  id: string;
  name: string;
  inn: string;
  users: User[];
  cards: Card[];
}

/** What tests see of a seeded organisation. */
export interface OrganizationSummary {
  id: string;
  name: string;
  inn: string;
  users: { id: string; login: string; fullName: string; certificates: Certificate[] }[];
  cardCount: number;
  cardCountsByStatus: Record<BusinessCardStatus, number>;
  /** every card's id and status, in list order */
  cards: { businessCardId: string; status: BusinessCardStatus }[];
}
