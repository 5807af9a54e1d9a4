import { type Clock, ConflictError } from '@devportal/portal-domain';
import type { UsageAggregator } from '../analytics/usage-aggregator.js';
import type { GatewayClaims, PlanClaim } from '../auth/gateway-claims.js';
import type { GatewayTokens } from '../auth/gateway-tokens.js';
import type { GatewayFaultReporter } from '../cards-gateway-dependencies.js';
import type { BankContours, ContourRoute } from '../contours/bank-contours.js';
import type { QuotaPool } from '../plans/quota-pool.js';
import type { RateLimiter } from '../plans/rate-limiter.js';
import { type BankAnswer, responseOf } from './bank-answer.js';
import type { BankOperationId } from './bank-operations.js';
import { bankNotice, bodyTooLarge } from './bank-refusal.js';
import type { BankCall } from './bank-upstream.js';
import type { LimitChangeCreations } from './limit-change-creations.js';
import { rewritePageLinks } from './page-links.js';
import type { ProductDirectory } from './product-directory.js';

/** What a call of a bank operation runs on, built once per gateway. */
export interface BankCallContext {
  readonly tokens: GatewayTokens;
  readonly directory: ProductDirectory;
  readonly rate: RateLimiter;
  readonly quota: QuotaPool;
  readonly contours: BankContours;
  readonly creations: LimitChangeCreations;
  readonly analytics: UsageAggregator;
  readonly clock: Clock;
  readonly basePath: string;
  readonly maxBodyBytes: number;
  readonly onFault: GatewayFaultReporter;
}

/** One incoming call of a bank operation. */
export interface IncomingBankCall {
  readonly request: Request;
  readonly operationId: BankOperationId;
  /** The path's parameters, as the router decoded them. */
  readonly params: Readonly<Record<string, string>>;
  readonly sourceIp: string;
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * A call of one of the bank's operations through the gateway: the gateway token checked locally,
 * the plan's rate and quota taken from memory, the call sent to the plan's contour with the
 * organisation's bank token, and counted. Refusals are in the bank's format.
 */
export async function handleBankCall(
  call: IncomingBankCall,
  ctx: BankCallContext,
): Promise<Response> {
  const startedAt = performance.now();
  const offered = call.request.headers.get('x-request-id');
  const requestId = offered && REQUEST_ID.test(offered) ? offered : crypto.randomUUID();
  const claims = await authenticate(call.request.headers.get('authorization'), ctx.tokens);
  let response: Response;
  if (!claims) {
    response = bankNotice(401, 'UNAUTHORIZED', 'Токен доступа шлюза не найден, подделан или истек');
  } else {
    const productId = await ctx.directory.productOf(call.operationId);
    response = await serveSafely({ ...call, claims, productId, requestId }, ctx);
    if (productId) {
      ctx.analytics.count({
        organisationId: claims.organisationId,
        applicationId: claims.applicationId,
        productId,
        operation: call.operationId,
        status: response.status,
        latencyMs: performance.now() - startedAt,
        at: ctx.clock.now(),
      });
    }
  }
  response.headers.set('x-request-id', requestId);
  return response;
}

async function authenticate(
  authorization: string | null,
  tokens: GatewayTokens,
): Promise<GatewayClaims | undefined> {
  if (!authorization?.startsWith('Bearer ')) return undefined;
  return tokens.verify(authorization.slice(7).trim());
}

/** A call whose gateway token checked out. */
interface AuthenticatedCall extends IncomingBankCall {
  readonly claims: GatewayClaims;
  readonly productId: string | undefined;
  readonly requestId: string;
}

async function serveSafely(call: AuthenticatedCall, ctx: BankCallContext): Promise<Response> {
  try {
    return await serve(call, ctx);
  } catch (error) {
    if (error instanceof ConflictError && error.code !== 'bank_token_refresh_busy') {
      return bankNotice(401, 'UNAUTHORIZED', 'Организация не подключила SberBusiness ID в портале');
    }
    ctx.onFault(`bank call ${call.operationId}`, error);
    return bankNotice(503, 'UNAVAILABLE_RESOURCE_EXCEPTION', 'Банк временно недоступен', {
      'retry-after': '1',
    });
  }
}

async function serve(call: AuthenticatedCall, ctx: BankCallContext): Promise<Response> {
  const { claims, productId, requestId } = call;
  const plan = productId
    ? claims.plans.find((candidate) => candidate.productId === productId)
    : undefined;
  if (!plan) {
    return bankNotice(
      403,
      'ACTION_ACCESS_EXCEPTION',
      'Приложение не подписано на тарифный план продукта, к которому относится операция',
    );
  }
  const contour = ctx.contours[plan.contour];
  if (!contour) {
    return bankNotice(503, 'UNAVAILABLE_RESOURCE_EXCEPTION', 'Контур банка не настроен в шлюзе');
  }
  const refused = await planRefusal(claims, plan, ctx);
  if (refused) return refused;
  if (await isOthersSandboxDocument(call, plan, ctx)) {
    return bankNotice(404, 'NOT_FOUND', 'Заявление с таким externalId не найдено');
  }
  const body =
    call.request.method === 'POST' ? await readBody(call.request, ctx.maxBodyBytes) : undefined;
  if (body === 'too large') return responseOf(bodyTooLarge(ctx.maxBodyBytes), requestId);
  const { url } = call.request;
  // The router matched the base path right after the origin; what follows is the bank's path and query.
  const pathStart = url.indexOf('/', url.indexOf('//') + 2) + ctx.basePath.length;
  const bankCall: Omit<BankCall, 'accessToken'> = {
    method: call.request.method,
    pathAndQuery: url.slice(pathStart),
    requestId,
    ...(body && {
      body,
      contentType: call.request.headers.get('content-type') ?? 'application/json',
    }),
  };
  const forward = () => sendWithFreshToken(contour, claims.organisationId, bankCall);
  let answer: BankAnswer;
  if (call.operationId === 'createLimitChange' && body) {
    const creator = { ...claims, sourceIp: call.sourceIp, contour: plan.contour };
    answer = await ctx.creations.create(creator, body, forward);
  } else {
    answer = await forward();
  }
  if (call.operationId === 'listBusinessCards') {
    answer = rewritePageLinks(answer, contour.upstream, ctx.basePath);
  }
  return responseOf(answer, requestId);
}

/**
 * Whether a state read on the sandbox names a document the caller's organisation did not create.
 * Every sandbox call acts for one shared demo organisation, so the sandbox itself would show any
 * organisation's document; the gateway's records are what separates them. On production the
 * bank scopes documents by the organisation's own token, and documents created outside the
 * gateway (in SberBusiness, or with the SDK straight at the bank) have no record here, so the
 * bank's answer stands.
 */
async function isOthersSandboxDocument(
  call: AuthenticatedCall,
  plan: PlanClaim,
  ctx: BankCallContext,
): Promise<boolean> {
  const { externalId } = call.params;
  if (call.operationId !== 'getLimitChangeState' || plan.contour !== 'sandbox' || !externalId) {
    return false;
  }
  return !(await ctx.creations.isRecorded(call.claims.organisationId, externalId, plan.contour));
}

/** A 429 when the plan's rate or quota is spent, with when to come back. */
async function planRefusal(
  claims: GatewayClaims,
  plan: PlanClaim,
  ctx: BankCallContext,
): Promise<Response | undefined> {
  const rate = ctx.rate.take(`${claims.applicationId}|${plan.productId}`, plan.ratePerSecond);
  if (!rate.allowed) {
    return tooManyCalls(
      `Превышена частота вызовов тарифного плана: ${plan.ratePerSecond} в секунду`,
      plan.ratePerSecond,
      rate.retryAfterSeconds,
    );
  }
  const quota = await ctx.quota.take(claims, plan);
  if (!quota.granted) {
    const period = quota.period === 'day' ? 'сутки' : 'месяц';
    return tooManyCalls(
      `Исчерпана квота тарифного плана: ${quota.limit} вызовов в ${period}`,
      quota.limit,
      quota.retryAfterSeconds,
    );
  }
  return undefined;
}

function tooManyCalls(message: string, limit: number, retryAfterSeconds: number): Response {
  const seconds = String(retryAfterSeconds);
  return bankNotice(429, 'UNAVAILABLE_RESOURCE_EXCEPTION', message, {
    'retry-after': seconds,
    'ratelimit-limit': String(limit),
    'ratelimit-remaining': '0',
    'ratelimit-reset': seconds,
  });
}

/** Sends with the contour's token; once more with a fresh one if the bank refused it. */
async function sendWithFreshToken(
  contour: ContourRoute,
  organisationId: string,
  call: Omit<BankCall, 'accessToken'>,
): Promise<BankAnswer> {
  const accessToken = await contour.accessToken(organisationId);
  const answer = await contour.upstream.send({ ...call, accessToken });
  if (answer.status !== 401) return answer;
  contour.invalidate(organisationId, accessToken);
  return contour.upstream.send({ ...call, accessToken: await contour.accessToken(organisationId) });
}

async function readBody(request: Request, maxBytes: number): Promise<Uint8Array | 'too large'> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) return 'too large';
  const body = new Uint8Array(await request.arrayBuffer());
  return body.byteLength > maxBytes ? 'too large' : body;
}
