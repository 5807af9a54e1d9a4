import type { BusinessCardStatus, SignAuthority } from '@devportal/sber-client/contract';

/** Every scope the sandbox's SberBusiness ID grants. */
export const ALL_SCOPES = [
  'openid',
  'BUSINESS_CARD_LIMIT',
  'CORPORATE_CARDS',
  'GET_CRYPTO_INFO',
] as const;

/** The sandbox's CorpCardLimitType directory: the limit codes its cards carry. */
export const LIMIT_CODES = ['NON_RENEW', 'DAILY', 'MONTHLY'] as const;

export interface CardLimit {
  code: string;
  amount: number;
}

/** A business card as the sandbox stores it (the union of `BusinessCardBase` and `CorpCardBase`). */
export interface Card {
  businessCardId: string;
  cardPan: string;
  cardExpiredDate: string;
  cardIssuedDate: string;
  cardholderName: string;
  cardholderBirthday: string;
  embossedText: string;
  accountNumber: string;
  bankBic: string;
  cardType: string;
  status: BusinessCardStatus;
  limits: CardLimit[];
}

/**
 * A certificate of a user's crypto profile (`CertificateInfo` without the DER, which the
 * `CertificateRegistry` holds and may make on first use).
 */
export interface Certificate {
  uuid: string;
  /** hex, as in the certificate itself */
  serialNumber: string;
  subject: string;
  activeFrom: string;
  activeTo: string;
  signAuthority: SignAuthority;
}

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
