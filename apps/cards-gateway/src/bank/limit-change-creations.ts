import {
  applicationActor,
  ConflictError,
  type Contour,
  type LimitChangeRepository,
  type LimitChangeService,
} from '@devportal/portal-domain';
import type { BankAnswer } from './bank-answer.js';
import { validationFault } from './bank-refusal.js';
import { differingFields, type Requisites, requisitesOf } from './limit-change-requisites.js';

/** The application creating a limit change, as the audit trail names it, and where it went. */
export interface Creator {
  readonly organisationId: string;
  readonly applicationId: string;
  readonly sourceIp: string;
  /** The plan's contour: the status sync asks there about the request. */
  readonly contour: Contour;
}

/**
 * Limit-change requests created through the gateway, recorded per organisation with the bank's
 * answer. A replay of a recorded `externalId` gets that answer from the table without reaching
 * the bank, or the bank's `VALIDATION_FAULT` when its card, code or limit differ from the record;
 * concurrent posts of one `externalId` through this instance share a single bank call.
 */
export class LimitChangeCreations {
  private readonly inFlight = new Map<string, InFlight>();

  constructor(
    private readonly service: LimitChangeService,
    private readonly records: LimitChangeRepository,
    private readonly onFault: (what: string, error: unknown) => void,
  ) {}

  /** Answers the create of `body`, calling `forward` only when the request is not recorded yet. */
  create(
    creator: Creator,
    body: Uint8Array,
    forward: () => Promise<BankAnswer>,
  ): Promise<BankAnswer> {
    const request = requisitesOf(body);
    if (!request) return forward();
    const key = `${creator.organisationId}|${request.externalId}`;
    const pending = this.inFlight.get(key);
    if (pending && differingFields(pending.request, request).length === 0) return pending.answer;
    if (pending) {
      // Other values for an externalId being created: judged against the record once it exists.
      const judge = () => this.createOnce(creator, request, forward);
      return pending.answer.then(judge, judge);
    }
    const answer = this.createOnce(creator, request, forward).finally(() =>
      this.inFlight.delete(key),
    );
    this.inFlight.set(key, { request, answer });
    return answer;
  }

  private async createOnce(
    creator: Creator,
    request: Requisites,
    forward: () => Promise<BankAnswer>,
  ): Promise<BankAnswer> {
    const stored = await this.records.get(creator.organisationId, request.externalId);
    const differing = stored ? differingFields(stored, request) : [];
    if (differing.length > 0) {
      // The bank refuses a re-post with other values; answering so here spares it the call.
      return validationFault(
        `Документ с externalId ${request.externalId} уже создан с другими реквизитами`,
        differing,
      );
    }
    if (stored?.creationAnswer) {
      const { status, contentType, body } = stored.creationAnswer;
      return { status, contentType, retryAfter: undefined, body: Buffer.from(body, 'utf8') };
    }
    const answer = await forward();
    if (answer.status === 201 || answer.status === 202) await this.record(creator, request, answer);
    return answer;
  }

  private async record(creator: Creator, request: Requisites, answer: BankAnswer): Promise<void> {
    const body = Buffer.from(answer.body).toString('utf8');
    try {
      await this.service.record(
        applicationActor(creator.applicationId, creator.sourceIp),
        creator.organisationId,
        {
          ...request,
          state: stateOf(answer.status, body),
          contour: creator.contour,
          applicationId: creator.applicationId,
          creationAnswer: {
            status: answer.status,
            contentType: answer.contentType ?? 'application/json',
            body,
          },
        },
      );
    } catch (error) {
      // Another instance recorded it first; the bank's answer stands either way.
      if (error instanceof ConflictError) return;
      this.onFault('limit change record', error);
    }
  }
}

/** A create of this instance waiting for the bank, with what it asked for. */
interface InFlight {
  readonly request: Requisites;
  readonly answer: Promise<BankAnswer>;
}

/** 201 carries the document's status; 202 (WORKFLOW_FAULT) means saved as a draft awaiting signature. */
function stateOf(status: number, body: string): string {
  if (status === 202) return 'CREATED';
  try {
    const { bankStatus } = JSON.parse(body) as { bankStatus?: unknown };
    return typeof bankStatus === 'string' ? bankStatus : 'CREATED';
  } catch {
    return 'CREATED';
  }
}
