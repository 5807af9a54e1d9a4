import { moscowDate } from '../clock.js';
import type { AcceptedSignature } from './digest-signature-checks.js';
import { TransitionSchedule } from './transition-schedule.js';

/** How long a signed document waits before each next status, in milliseconds. */
export interface TransitionDelays {
  /** SIGNED → DELIVERED */
  DELIVERED: number;
  /** DELIVERED → ACCEPTED (or → REFUSEDBYBANK) */
  ACCEPTED: number;
  /** ACCEPTED → IMPLEMENTED */
  IMPLEMENTED: number;
}

export const DEFAULT_TRANSITION_DELAYS: TransitionDelays = {
  DELIVERED: 2_000,
  ACCEPTED: 3_000,
  IMPLEMENTED: 5_000,
};

interface StatusChange {
  status: string;
  at: number;
  bankComment?: string;
}

/** A limit-change document ("Заявление на изменение лимита бизнес-карты") at the bank. */
export interface LimitChangeDocument {
  /** whose document it is (`documentOwnerOf`) */
  owner: string;
  organizationId: string;
  externalId: string;
  businessCardId: string;
  code: string;
  limit: number;
  number: string;
  date: string;
  createdBy: string;
  digestSignatures?: AcceptedSignature[];
  bankStatus: string;
  bankComment?: string;
  /** statuses reached, oldest first */
  history: StatusChange[];
  /** statuses still to come, in order */
  pending: StatusChange[];
}

/**
 * The document store and its state machine. Statuses move lazily: every request first calls
 * `advance(now)`, which applies every transition due by `now` in time order, so an injected clock
 * moves documents without timers. `onImplemented` applies the new limit to the card. Documents are
 * indexed by owner and `externalId`, by `externalId` alone, and by the time of their next change,
 * so no request walks the documents held.
 */
export class LimitChangeDocuments {
  readonly #byKey = new Map<string, LimitChangeDocument>();
  readonly #byExternalId = new Map<string, LimitChangeDocument[]>();
  readonly #arrival = new Map<LimitChangeDocument, number>();
  readonly #schedule = new TransitionSchedule<LimitChangeDocument>();
  readonly #numbers = new Map<string, number>();
  readonly #delays: TransitionDelays;
  readonly #onImplemented: (doc: LimitChangeDocument) => void;

  constructor(delays: TransitionDelays, onImplemented: (doc: LimitChangeDocument) => void) {
    this.#delays = delays;
    this.#onImplemented = onImplemented;
  }

  /** `owner`'s document `externalId` (case-insensitive, as the bank reads UUIDs) */
  get(owner: string, externalId: string): LimitChangeDocument | undefined {
    return this.#byKey.get(documentKey(owner, externalId));
  }

  /** every owner's document `externalId` (case-insensitive) */
  withExternalId(externalId: string): readonly LimitChangeDocument[] {
    return this.#byExternalId.get(externalId.toLowerCase()) ?? [];
  }

  /** saves a new document as a draft (`CREATED`) */
  create(
    fields: {
      owner: string;
      organizationId: string;
      externalId: string;
      businessCardId: string;
      code: string;
      limit: number;
      createdBy: string;
    },
    now: number,
  ): LimitChangeDocument {
    const number = (this.#numbers.get(fields.owner) ?? 0) + 1;
    this.#numbers.set(fields.owner, number);
    const doc: LimitChangeDocument = {
      ...fields,
      number: String(number),
      date: moscowDate(now),
      bankStatus: 'CREATED',
      history: [{ status: 'CREATED', at: now }],
      pending: [],
    };
    this.#byKey.set(documentKey(fields.owner, fields.externalId), doc);
    const sameId = this.#byExternalId.get(fields.externalId.toLowerCase());
    if (sameId) sameId.push(doc);
    else this.#byExternalId.set(fields.externalId.toLowerCase(), [doc]);
    this.#arrival.set(doc, this.#arrival.size);
    return doc;
  }

  /** records accepted signatures: the document is SIGNED now and scheduled to its outcome */
  sign(
    doc: LimitChangeDocument,
    signatures: AcceptedSignature[],
    refusal: string | undefined,
    now: number,
  ): void {
    if (doc.bankStatus !== 'CREATED') return;
    doc.digestSignatures = signatures;
    this.#reach(doc, { status: 'SIGNED', at: now });
    const delivered = now + this.#delays.DELIVERED;
    const decided = delivered + this.#delays.ACCEPTED;
    doc.pending = [{ status: 'DELIVERED', at: delivered }];
    if (refusal === undefined) {
      doc.pending.push(
        { status: 'ACCEPTED', at: decided },
        { status: 'IMPLEMENTED', at: decided + this.#delays.IMPLEMENTED },
      );
    } else {
      doc.pending.push({ status: 'REFUSEDBYBANK', at: decided, bankComment: refusal });
    }
    this.#scheduleNext(doc);
  }

  /** applies every transition due by `now`, oldest first across all documents */
  advance(now: number): void {
    for (let doc = this.#schedule.takeDue(now); doc; doc = this.#schedule.takeDue(now)) {
      const change = doc.pending.shift() as StatusChange;
      this.#reach(doc, change);
      if (change.status === 'IMPLEMENTED') this.#onImplemented(doc);
      this.#scheduleNext(doc);
    }
  }

  #scheduleNext(doc: LimitChangeDocument): void {
    const next = doc.pending[0];
    if (next) this.#schedule.add(doc, next.at, this.#arrival.get(doc) ?? 0);
  }

  #reach(doc: LimitChangeDocument, change: StatusChange): void {
    doc.history.push(change);
    doc.bankStatus = change.status;
    if (change.bankComment === undefined) delete doc.bankComment;
    else doc.bankComment = change.bankComment;
  }
}

function documentKey(owner: string, externalId: string): string {
  return `${owner}/${externalId.toLowerCase()}`;
}
