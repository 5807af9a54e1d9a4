import { checkSignatureSet, DigestInputError, limitChangeDigest } from '@devportal/digest';
import type { Contract, ParsedRequest, Violation } from '@devportal/openapi-contract';
import type { Clock } from '../clock.js';
import { header, type RequestContext } from '../http/context.js';
import { json, type SandboxResponse } from '../http/response.js';
import type { Card, CardStatus, Organization, User } from '../model.js';
import type { Grant, TokenStore } from '../oauth/token-store.js';
import { bankError, type Check, checksOf, unauthorized, validationFault } from './bank-errors.js';
import type { LimitChangeDocument, LimitChangeDocuments } from './limit-change-documents.js';
import { refusalReason } from './refusal-rule.js';
import type { ResolvedSignature, SignatureVerifier } from './signature-verifier.js';

export interface BankApiDependencies {
  contract: Contract;
  clock: Clock;
  tokens: TokenStore;
  organizations: readonly Organization[];
  documents: LimitChangeDocuments;
  signatureVerifier: SignatureVerifier;
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
  const statusCodes = input.query.statusCodes as CardStatus[];
  const size = deps.pageSize();
  const matching = organization.cards.filter((c) => statusCodes.includes(c.status));
  const lastPage = Math.ceil(matching.length / size);
  const links: { href: string; rel: 'next' | 'prev' }[] = [];
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

interface LimitChangeBody {
  businessCardId: string;
  code: string;
  externalId: string;
  limit: number;
  digestSignatures?: { base64Encoded?: string; certificateUuid?: string }[];
}

function workflowFault(checks: Check[]): SandboxResponse {
  return bankError('WORKFLOW_FAULT', { checks });
}

const AUTHORITY = { SINGLE: 'single', FIRST: 'first', SECOND: 'second' } as const;

/** Matches signatures to the organisation's certificates and checks the set; a WORKFLOW_FAULT check list when it fails. */
function resolveSignatures(
  organization: Organization,
  signatures: NonNullable<LimitChangeBody['digestSignatures']>,
  now: number,
): { ok: true; resolved: ResolvedSignature[] } | { ok: false; checks: Check[] } {
  const checks: Check[] = [];
  const resolved: ResolvedSignature[] = [];
  signatures.forEach((s, i) => {
    const at = `digestSignatures[${i}]`;
    if (!s.base64Encoded || !s.certificateUuid) {
      checks.push({
        level: 'ERROR',
        message: 'ЭП не может быть принята: не передано значение ЭП или идентификатор сертификата',
        fields: [at],
      });
      return;
    }
    const uuid = s.certificateUuid.toLowerCase();
    for (const user of organization.users) {
      const certificate = user.certificates.find((c) => c.uuid === uuid);
      if (!certificate) continue;
      if (Date.parse(certificate.activeFrom) > now || Date.parse(certificate.activeTo) < now) {
        checks.push({
          level: 'ERROR',
          message: 'Срок действия сертификата истек или не наступил',
          fields: [`${at}.certificateUuid`],
        });
      }
      resolved.push({
        base64Encoded: s.base64Encoded,
        certificateUuid: s.certificateUuid,
        certificate,
        signer: user,
      });
      return;
    }
    checks.push({
      level: 'ERROR',
      message: 'Неизвестный идентификатор сертификата',
      fields: [`${at}.certificateUuid`],
    });
  });
  if (checks.length > 0) return { ok: false, checks };

  if (new Set(resolved.map((r) => r.certificate.uuid)).size < resolved.length) {
    return {
      ok: false,
      checks: [
        {
          level: 'ERROR',
          message: 'Документ подписан одним сертификатом более одного раза',
          fields: ['digestSignatures'],
        },
      ],
    };
  }
  const set = checkSignatureSet(
    resolved.map((r) => ({ authority: AUTHORITY[r.certificate.signAuthority] })),
  );
  if (!set.ok) {
    return {
      ok: false,
      checks: [
        {
          level: 'ERROR',
          message:
            'Недопустимый набор подписей: документ подписывается единственной подписью либо первой и второй подписями вместе',
          fields: set.positions.map((p) => `digestSignatures[${p}]`),
        },
      ],
    };
  }
  return { ok: true, resolved };
}

const createLimitChange: ApiHandler = async (deps, _ctx, { organization, user }, input) => {
  const body = input.body as LimitChangeBody;
  const now = deps.clock.now();
  const requisites = {
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

  const existing = deps.documents.get(organization.id, body.externalId);
  if (existing) {
    const same =
      existing.businessCardId.toLowerCase() === requisites.businessCardId.toLowerCase() &&
      existing.code === requisites.code &&
      existing.limit === requisites.limit;
    if (!same) {
      return validationFault([
        {
          level: 'ERROR',
          message: `Документ с externalId ${body.externalId} уже создан с другими реквизитами`,
          fields: ['externalId'],
        },
      ]);
    }
    return json(201, documentBody(existing));
  }

  const card = findCard(organization, body.businessCardId);
  if (!card) {
    return validationFault([
      { level: 'ERROR', message: 'Бизнес-карта не найдена', fields: ['businessCardId'] },
    ]);
  }

  const signatures = body.digestSignatures ?? [];
  let resolved: ResolvedSignature[] | undefined;
  let rejection: Check[] | undefined;
  if (signatures.length > 0) {
    const outcome = resolveSignatures(organization, signatures, now);
    if (outcome.ok) {
      const verdict = await deps.signatureVerifier.verify({
        organizationId: organization.id,
        digest,
        document: requisites,
        signatures: outcome.resolved,
      });
      if (verdict.valid) resolved = outcome.resolved;
      else {
        const positions = verdict.positions ?? outcome.resolved.map((_, i) => i);
        rejection = [
          {
            level: 'ERROR',
            message: verdict.message,
            fields: positions.map((p) => `digestSignatures[${p}]`),
          },
        ];
      }
    } else {
      rejection = outcome.checks;
    }
  }

  const doc = deps.documents.create(
    { organizationId: organization.id, createdBy: user.id, ...requisites },
    now,
  );
  if (rejection) return workflowFault(rejection);
  if (resolved) {
    deps.documents.sign(
      doc,
      resolved.map((r) => ({ base64Encoded: r.base64Encoded, certificateUuid: r.certificateUuid })),
      refusalReason(card, requisites),
      now,
    );
  }
  return json(201, documentBody(doc));
};

const getLimitChangeState: ApiHandler = (deps, ctx, { organization }) => {
  const doc = deps.documents.get(organization.id, ctx.pathParams.externalId ?? '');
  if (!doc) return bankError('NOT_FOUND');
  return json(200, {
    bankStatus: doc.bankStatus,
    ...(doc.bankComment === undefined ? {} : { bankComment: doc.bankComment }),
  });
};

const getCryptoInfo: ApiHandler = (_deps, _ctx, { user }) =>
  json(200, { certificateInfos: user.certificates.map((c) => ({ ...c })) });

/** The bank API's operations by operationId, each behind the token/scope/contract guard. */
export const BANK_API_HANDLERS = {
  listBusinessCards: guarded('listBusinessCards', listBusinessCards),
  getCorporateCard: guarded('getCorporateCard', getCorporateCard),
  createLimitChange: guarded('createLimitChange', createLimitChange),
  getLimitChangeState: guarded('getLimitChangeState', getLimitChangeState),
  getCryptoInfo: guarded('getCryptoInfo', getCryptoInfo),
} as const;
