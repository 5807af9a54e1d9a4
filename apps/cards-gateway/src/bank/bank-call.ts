import { type OrganisationTokens, UnknownSandboxUserError } from '@devportal/bank-access';
import { BODY_TOO_LARGE, readBodyAtMost } from '@devportal/http-transport';
import { type Clock, ConflictError } from '@devportal/portal-domain';
import { type CallRecords, recordCall } from '../analytics/call-recording.js';
import type { GatewayClaims, PlanClaim } from '../auth/gateway-claims.js';
import type { GatewayTokens } from '../auth/gateway-tokens.js';
import type { LiveCredentials } from '../auth/live-credentials.js';
import type { BankContours, ContourRoute } from '../contours/bank-contours.js';
import { admitToPlan, type PlanAdmissionContext } from '../plans/plan-admission.js';
import { tokensForCall, unknownSandboxUser } from '../sandbox/sandbox-user-selector.js';
import { type BankAnswer, responseOf } from './bank-answer.js';
import type { BankOperationId } from './bank-operations.js';
import { bankNotice, bodyTooLarge, gatewayTokenRefused } from './bank-refusal.js';
import type { BankCall } from './bank-upstream.js';
import type { LimitChangeCreations } from './limit-change-creations.js';
import { rewritePageLinks } from './page-links.js';
import type { ProductDirectory } from './product-directory.js';
import { upstreamTarget } from './upstream-request.js';

/** What a call of a bank operation runs on, built once per gateway. */
export interface BankCallContext extends PlanAdmissionContext, CallRecords {
  readonly tokens: GatewayTokens;
  readonly credentials: LiveCredentials;
  readonly directory: ProductDirectory;
  readonly contours: BankContours;
  readonly creations: LimitChangeCreations;
  readonly clock: Clock;
  readonly basePath: string;
  readonly maxBodyBytes: number;
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
 * A call of one of the bank's operations through the gateway: the gateway token checked locally
 * and its credentials against the application's state (read at most every few seconds), the call admitted to its plan by one conditional write to the table, sent to the plan's contour
 * with the organisation's bank token, and counted before it is answered. Refusals are in the
 * bank's format.
 */
export async function handleBankCall(
  call: IncomingBankCall,
  ctx: BankCallContext,
): Promise<Response> {
  const startedAt = performance.now();
  const offered = call.request.headers.get('x-request-id');
  const requestId = offered && REQUEST_ID.test(offered) ? offered : crypto.randomUUID();
  const [claims, productId] = await Promise.all([
    authenticate(call.request.headers.get('authorization'), ctx),
    ctx.directory.productOf(call.operationId),
  ]);
  let response: Response;
  if (!claims) {
    response = gatewayTokenRefused();
  } else {
    response = await serveSafely({ ...call, claims, productId, requestId }, ctx);
    if (productId) {
      await recordCall(
        ctx,
        {
          organisationId: claims.organisationId,
          applicationId: claims.applicationId,
          productId,
          operation: call.operationId,
          status: response.status,
          latencyMs: performance.now() - startedAt,
          at: ctx.clock.now(),
        },
        requestId,
        ctx.onFault,
      );
    }
  }
  response.headers.set('x-request-id', requestId);
  return response;
}

/** The claims of a genuine, unexpired gateway token whose credentials still stand. */
export async function authenticate(
  authorization: string | null,
  ctx: Pick<BankCallContext, 'tokens' | 'credentials'>,
): Promise<GatewayClaims | undefined> {
  if (!authorization?.startsWith('Bearer ')) return undefined;
  const claims = await ctx.tokens.verify(authorization.slice(7).trim());
  return claims && (await ctx.credentials.stand(claims)) ? claims : undefined;
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
    if (error instanceof UnknownSandboxUserError) return unknownSandboxUser(call.requestId);
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
  const target = upstreamTarget(call.operationId, call.params, new URL(call.request.url));
  if ('refused' in target) return responseOf(target.refused, requestId);
  const tokens = tokensForCall(call.request, plan, contour, requestId);
  if ('refused' in tokens) return tokens.refused;
  // Admission must come before the bank call, but nothing else waits for it: the bank token and
  // the body are read while the meter is written.
  const [refused, firstToken, body] = await Promise.all([
    admitToPlan(claims, plan, ctx),
    settled(tokens.accessToken(claims.organisationId)),
    call.request.method === 'POST' ? readBodyAtMost(call.request, ctx.maxBodyBytes) : undefined,
  ]);
  if (refused) return refused;
  if (body === BODY_TOO_LARGE) return responseOf(bodyTooLarge(ctx.maxBodyBytes), requestId);
  const bankCall: Omit<BankCall, 'accessToken'> = {
    ...target,
    requestId,
    ...(body && {
      body,
      contentType: call.request.headers.get('content-type') ?? 'application/json',
    }),
  };
  const forward = () =>
    sendWithFreshToken(contour.upstream, tokens, claims.organisationId, bankCall, firstToken);
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

/** A promise's outcome, so it can run beside others without its rejection going unhandled. */
type Settled<T> = { readonly value: T } | { readonly error: unknown };

function settled<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}

/** Sends with the token fetched first; once more with a fresh one if the bank refused it. */
async function sendWithFreshToken(
  upstream: ContourRoute['upstream'],
  tokens: OrganisationTokens,
  organisationId: string,
  call: Omit<BankCall, 'accessToken'>,
  firstToken: Settled<string>,
): Promise<BankAnswer> {
  if ('error' in firstToken) throw firstToken.error;
  const accessToken = firstToken.value;
  const answer = await upstream.send({ ...call, accessToken });
  if (answer.status !== 401) return answer;
  tokens.invalidate(organisationId, accessToken);
  return upstream.send({ ...call, accessToken: await tokens.accessToken(organisationId) });
}
