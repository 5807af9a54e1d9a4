import { DigestInputError, type GostWorkerPool, limitChangeDigest } from '@devportal/digest';
import type { Contract, ParsedRequest, Violation } from '@devportal/openapi-contract';
import type {
  BusinessCardStatus,
  FaultCheck,
  LimitChangeRequest,
  PageLink,
} from '@devportal/sber-client/contract';
import type { Clock } from '../clock.js';
import type { CertificateRegistry } from '../crypto/certificate-registry.js';
import { header, type RequestContext } from '../http/context.js';
import { json, type SandboxResponse } from '../http/response.js';
import type { Card, Organization, User } from '../model.js';
import type { Grant, TokenStore } from '../oauth/token-store.js';
import { bankError, checksOf, unauthorized, validationFault } from './bank-errors.js';
import { checkDigestSignatures } from './digest-signature-checks.js';
import { documentOwnerOf } from './document-owner.js';
import type { LimitChangeDocument, LimitChangeDocuments } from './limit-change-documents.js';
import { refusalReason } from './refusal-rule.js';

export interface BankApiDependencies {
  contract: Contract;
  clock: Clock;
  tokens: TokenStore;
  organizations: readonly Organization[];
  documents: LimitChangeDocuments;
  certificates: CertificateRegistry;
  /** where signatures are verified */
  gostPool: GostWorkerPool;
  /** cards per page of `listBusinessCards` */
  pageSize(): number;
}

/** The base path the bank serves its API under. */
export const API_BASE_PATH = '/fintech/api';

interface Caller {
  grant: Grant;
  organization: Organization;
  user: User;
}

type ApiHandler = (
  deps: BankApiDependencies,
  ctx: RequestContext,
  caller: Caller,
  input: ParsedRequest,
) => SandboxResponse | Promise<SandboxResponse>;

/** Body `type` errors mean the JSON could not be read into the bank's model: DESERIALIZATION_FAULT, as Jackson would. */
function isDeserializationViolation(v: Violation): boolean {
  return v.location === 'body' && v.keyword === 'type';
}

/**
 * The bank's order of checks: the token (401), its scope (403), the body's syntax (400
 * DESERIALIZATION_FAULT), the contract (400 VALIDATION_FAULT); then the operation.
 */
function guarded(operationId: string, handler: ApiHandler) {
  return async (deps: BankApiDependencies, ctx: RequestContext): Promise<SandboxResponse> => {
    const authorization = header(ctx, 'authorization');
    const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const grant = token === undefined ? undefined : deps.tokens.findAccessToken(token);
    const organization = deps.organizations.find((o) => o.id === grant?.organizationId);
    const user = organization?.users.find((u) => u.id === grant?.userId);
    if (!grant || !organization || !user) return unauthorized(token ?? authorization);
    ctx.organizationId = organization.id;

    const scope = deps.contract.operationById(operationId).definition['x-scope'];
    if (typeof scope === 'string' && !grant.scopes.includes(scope)) {
      return bankError('ACTION_ACCESS_EXCEPTION', {
        message: `Операция не может быть выполнена: доступ к ресурсу запрещен. В scope не указана операция ${scope}`,
      });
    }

    let body: unknown;
    if (ctx.method === 'POST') {
      const text = ctx.rawBody.toString('utf8');
      try {
        body = JSON.parse(text);
      } catch (error) {
        return bankError('DESERIALIZATION_FAULT', {
          checks: [
            {
              level: 'ERROR',
              message:
                text.trim() === ''
                  ? 'Тело запроса отсутствует'
                  : `Некорректный JSON: ${(error as Error).message}`,
              fields: [],
            },
          ],
        });
      }
    }

    const input = deps.contract.parseRequest(operationId, {
      path: ctx.pathParams,
      query: ctx.url.searchParams,
      headers: ctx.headers as Record<string, string | string[] | undefined>,
      body,
      contentType: 'application/json',
    });
    const malformed = input.violations.filter(isDeserializationViolation);
    if (malformed.length > 0) {
      return bankError('DESERIALIZATION_FAULT', { checks: checksOf(malformed) });
    }
    if (input.violations.length > 0) return validationFault(checksOf(input.violations));

    deps.documents.advance(deps.clock.now());
    return handler(deps, ctx, { grant, organization, user }, input);
  };
}

function cardLink(page: number, statusCodes: readonly string[]) {
  return `${API_BASE_PATH}/v1/business-cards?page=${page}&statusCodes=${statusCodes.join(',')}`;
}

const listBusinessCards: ApiHandler = (deps, _ctx, { organization }, input) => {
  const page = input.query.page as number;
  const statusCodes = input.query.statusCodes as BusinessCardStatus[];
  const size = deps.pageSize();
  const matching = organization.cards.filter((c) => statusCodes.includes(c.status));
  const lastPage = Math.ceil(matching.length / size);
  const links: PageLink[] = [];
  // Past the last page: an empty page whose `prev` leads back to the last one.
  if (page > 1 && lastPage > 0)
    links.push({ href: cardLink(Math.min(page - 1, lastPage), statusCodes), rel: 'prev' });
  if (page < lastPage) links.push({ href: cardLink(page + 1, statusCodes), rel: 'next' });
  const businessCards = matching.slice((page - 1) * size, page * size).map((c) => ({
    businessCardId: c.businessCardId,
    cardExpiredDate: c.cardExpiredDate,
    cardPan: c.cardPan,
    cardholderName: c.cardholderName,
    accountNumber: c.accountNumber,
    bankBic: c.bankBic,
    embossedText: c.embossedText,
    cardholderBirthday: c.cardholderBirthday,
    cardType: c.cardType,
    status: c.status,
  }));
  return json(200, { _links: links, businessCards });
};

function findCard(organization: Organization, id: string): Card | undefined {
  const wanted = id.toLowerCase();
  return organization.cards.find((c) => c.businessCardId === wanted);
}

const getCorporateCard: ApiHandler = (_deps, ctx, { organization }) => {
  const card = findCard(organization, ctx.pathParams.corpCardId ?? '');
  if (!card) return bankError('NOT_FOUND');
  return json(200, {
    cardExpiredDate: card.cardExpiredDate,
    cardIssuedDate: card.cardIssuedDate,
    cardPan: card.cardPan,
    corpCardId: card.businessCardId,
    embossedText: card.embossedText,
    account: card.accountNumber,
    cardType: card.cardType,
    limits: card.limits.map((l) => ({ amount: l.amount, code: l.code })),
  });
};

function documentBody(doc: LimitChangeDocument): Record<string, unknown> {
  return {
    ...(doc.bankComment === undefined ? {} : { bankComment: doc.bankComment }),
    bankStatus: doc.bankStatus,
    businessCardId: doc.businessCardId,
    code: doc.code,
    date: doc.date,
    ...(doc.digestSignatures === undefined ? {} : { digestSignatures: doc.digestSignatures }),
    externalId: doc.externalId,
    limit: doc.limit,
    number: doc.number,
  };
}

function workflowFault(checks: FaultCheck[]): SandboxResponse {
  return bankError('WORKFLOW_FAULT', { checks });
}

type Requisites = Pick<LimitChangeRequest, 'businessCardId' | 'code' | 'externalId' | 'limit'>;

/**
 * The answer to a re-post of an existing `externalId`: the document as it is now when the
 * requisites match, VALIDATION_FAULT otherwise; `undefined` when the `externalId` is new.
 */
function answerToRepost(
  documents: LimitChangeDocuments,
  owner: string,
  requisites: Requisites,
): SandboxResponse | undefined {
  const existing = documents.get(owner, requisites.externalId);
  if (!existing) return undefined;
  const same =
    existing.businessCardId.toLowerCase() === requisites.businessCardId.toLowerCase() &&
    existing.code === requisites.code &&
    existing.limit === requisites.limit;
  if (same) return json(201, documentBody(existing));
  return validationFault([
    {
      level: 'ERROR',
      message: `Документ с externalId ${requisites.externalId} уже создан с другими реквизитами`,
      fields: ['externalId'],
    },
  ]);
}

const createLimitChange: ApiHandler = async (deps, _ctx, { grant, organization, user }, input) => {
  const body = input.body as LimitChangeRequest;
  const now = deps.clock.now();
  const owner = documentOwnerOf(grant);
  const requisites: Requisites = {
    businessCardId: body.businessCardId,
    code: body.code,
    externalId: body.externalId,
    limit: body.limit,
  };

  let digest: string;
  try {
    digest = limitChangeDigest(requisites);
  } catch (error) {
    if (!(error instanceof DigestInputError)) throw error;
    return validationFault([
      {
        level: 'ERROR',
        message: `${error.field}: не более двух знаков после запятой (${error.message})`,
        fields: [error.field],
      },
    ]);
  }

  const repeated = answerToRepost(deps.documents, owner, requisites);
  if (repeated) return repeated;

  const card = findCard(organization, body.businessCardId);
  if (!card) {
    return validationFault([
      { level: 'ERROR', message: 'Бизнес-карта не найдена', fields: ['businessCardId'] },
    ]);
  }

  const signatures = body.digestSignatures ?? [];
  const outcome =
    signatures.length === 0
      ? undefined
      : await checkDigestSignatures(
          { certificates: deps.certificates, pool: deps.gostPool },
          { organizationId: organization.id, digest, signatures, now },
        );

  // Verification let other requests run: one with the same externalId may have saved it meanwhile.
  const raced = answerToRepost(deps.documents, owner, requisites);
  if (raced) return raced;
  const doc = deps.documents.create(
    { owner, organizationId: organization.id, createdBy: user.id, ...requisites },
    now,
  );
  if (outcome?.accepted === false) return workflowFault(outcome.checks);
  if (outcome?.accepted) {
    deps.documents.sign(doc, outcome.signatures, refusalReason(card, requisites), now);
  }
  return json(201, documentBody(doc));
};

const getLimitChangeState: ApiHandler = (deps, ctx, { grant }) => {
  const doc = deps.documents.get(documentOwnerOf(grant), ctx.pathParams.externalId ?? '');
  if (!doc) return bankError('NOT_FOUND');
  return json(200, {
    bankStatus: doc.bankStatus,
    ...(doc.bankComment === undefined ? {} : { bankComment: doc.bankComment }),
  });
};

const getCryptoInfo: ApiHandler = async (deps, _ctx, { user }) =>
  json(200, {
    certificateInfos: await Promise.all(
      user.certificates.map(async (info) => ({
        ...info,
        certificate: Buffer.from(await deps.certificates.der(info.uuid)).toString('base64'),
      })),
    ),
  });

/** The bank API's operations by operationId, each behind the token/scope/contract guard. */
export const BANK_API_HANDLERS = {
  listBusinessCards: guarded('listBusinessCards', listBusinessCards),
  getCorporateCard: guarded('getCorporateCard', getCorporateCard),
  createLimitChange: guarded('createLimitChange', createLimitChange),
  getLimitChangeState: guarded('getLimitChangeState', getLimitChangeState),
  getCryptoInfo: guarded('getCryptoInfo', getCryptoInfo),
} as const;
