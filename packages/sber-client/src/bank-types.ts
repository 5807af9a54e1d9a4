import type { components } from './generated/sber-business-cards.js';
import type { BankDocumentStatus } from './limits/bank-document-status.js';

type Schemas = components['schemas'];

/** A schema whose `bankStatus` (a string in the spec) is typed with the known statuses. */
type WithBankStatus<TSchema> = Omit<TSchema, 'bankStatus'> & {
  /** the document's status at the bank; see `isFinalBankStatus` */
  bankStatus?: BankDocumentStatus;
};

/** A business card as listed page by page (`BusinessCardBase`). */
export type BusinessCard = Schemas['BusinessCardBase'];
/** A status of a business card (`ACTIVE`, `BLOCKED`, …). */
export type BusinessCardStatus = Schemas['BusinessCardStatus'];
/** A link of a page to its neighbours (`rel` is `next` or `prev`). */
export type PageLink = Schemas['Link'];
/** One page of the list of business cards, as the bank sends it. */
export type BusinessCardsPayload = Schemas['BusinessCards'];
/** A business card with its limits (`CorpCardBase`). */
export type CorporateCard = Schemas['CorpCardBase'];
/** The body of a limit-change request (`BusinessCardLimitChange`). */
export type LimitChangeRequest = Schemas['BusinessCardLimitChange'];
/** An electronic signature over a limit-change digest. */
export type DigestSignature = Schemas['Signature'];
/** The created limit-change document (`BusinessCardLimitChangeRes`). */
export type LimitChangeDocument = WithBankStatus<Schemas['BusinessCardLimitChangeRes']>;
/** The state of a limit-change document at the bank (`DocState`). */
export type LimitChangeState = WithBankStatus<Schemas['DocState']>;
/** The bank's answer when it saved a document but did not accept its signatures (HTTP 202). */
export type WorkflowFault = Schemas['WorkflowFault'];
/** The crypto profile of the token's owner (`GET /v1/crypto`). */
export type CryptoInfo = Schemas['CryptoInfo'];
/** One check the bank reports with a fault. */
export type FaultCheck = Schemas['Check'];
/** The causes of a `ResourceFault`: a request the bank could not read or accept (400). */
export type ResourceFaultCause = NonNullable<Schemas['ResourceFault']['cause']>;
/** The causes of a `Notice`: an error without field detail (401, 403, 404, 500, 503). */
export type NoticeCause = NonNullable<Schemas['Notice']['cause']>;
/** The cause of a `WorkflowFault`: a document saved with its signatures refused (202). */
export type WorkflowFaultCause = NonNullable<Schemas['WorkflowFault']['cause']>;
/** The cause codes the bank puts in its error bodies. */
export type BankFaultCause = ResourceFaultCause | NoticeCause;
/** Every cause of the bank's error model, the 202 `WORKFLOW_FAULT` included. */
export type BankCause = BankFaultCause | WorkflowFaultCause;
/** The signing authority of a certificate's crypto profile (`SINGLE`, `FIRST`, `SECOND`). */
export type SignAuthority = NonNullable<Schemas['CertificateInfo']['signAuthority']>;
