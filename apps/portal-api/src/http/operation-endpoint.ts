import type { Contract, Violation } from '@devportal/openapi-contract';
import {
  type Action,
  type Actor,
  type AuthorisedScope,
  ForbiddenError,
  type OrganisationScope,
} from '@devportal/portal-domain';
import type { Context } from 'hono';
import type { Authenticator } from '../auth/authenticator.js';
import type { Person } from '../auth/person.js';
import type { PortalOperation } from '../contract/portal-operations.js';
import type { PortalServices } from '../portal-services.js';
import type { Reply, ValidatedHandler } from '../routes/operation-call.js';
import type { PortalEnv } from './portal-env.js';
import { type FieldError, httpProblem, ProblemError } from './problem.js';
import { readJsonBody } from './request-body.js';
import { credentialsOf, sourceIpOf } from './request-facts.js';

/** What every operation's endpoint shares. */
export interface EndpointContext {
  readonly contract: Contract;
  readonly services: PortalServices;
  readonly authenticator: Authenticator;
  readonly maxBodyBytes: number;
  /** Proxies whose `x-forwarded-for` entry names the client (Node only). */
  readonly trustedProxies: ReadonlySet<string>;
}

/**
 * The pipeline in front of one operation's handler: authenticate, read and validate the request
 * against the contract, then, for an organisation's operation, have the access module authorise
 * the caller for its `x-action` (not a member: 404; refused by the role matrix: 403) and hand the
 * handler the scope it minted. Nothing reaches a handler, and so nothing is written, before all
 * of these pass; the services authorise nothing again.
 */
export function operationEndpoint(
  operation: PortalOperation,
  handler: ValidatedHandler,
  context: EndpointContext,
) {
  return async (c: Context<PortalEnv>): Promise<Response> => {
    c.set('operation', operation);
    const person = await authenticate(c, context);
    const body = operation.acceptsBody
      ? await readJsonBody(c.req.raw, context.maxBodyBytes)
      : undefined;
    const parsed = context.contract.parseRequest(operation.operationId, {
      path: c.req.param(),
      query: new URL(c.req.url).search,
      body,
      ...(body !== undefined && { contentType: 'application/json' }),
    });
    if (parsed.violations.length > 0) {
      throw new ProblemError(
        httpProblem('invalid_request', { errors: parsed.violations.map(fieldErrorOf) }),
      );
    }
    const path = c.req.param();
    const actor: Actor = {
      userId: person.userId,
      email: person.email,
      ...(person.name !== undefined && { name: person.name }),
      sourceIp: sourceIpOf(c, context.trustedProxies),
      operator: person.operator,
    };
    if (operation.operatorOnly && !person.operator) throw new ForbiddenError('operator_only');
    const scope = await scopeFor(context, operation, actor, path);
    const reply = await handler({
      person,
      actor,
      scope,
      path,
      query: parsed.query,
      body: parsed.body,
    });
    return send(c, reply);
  };
}

async function authenticate(c: Context<PortalEnv>, context: EndpointContext): Promise<Person> {
  const person = await context.authenticator.authenticate(credentialsOf(c));
  if (!person) {
    throw new ProblemError(
      httpProblem('unauthenticated', { headers: { 'www-authenticate': 'Bearer' } }),
    );
  }
  c.set('userId', person.userId);
  return person;
}

/**
 * The caller's scope for the operation's `x-action`; on an `x-self-allowed` operation done to
 * themselves, their membership alone, whatever their role.
 */
async function scopeFor(
  context: EndpointContext,
  operation: PortalOperation,
  actor: Actor,
  path: Readonly<Record<string, string>>,
): Promise<AuthorisedScope<Action> | OrganisationScope | undefined> {
  const { action } = operation;
  const organisationId = path.orgId;
  if (action === undefined || organisationId === undefined) return undefined;
  const { access } = context.services;
  if (operation.selfAllowed && path.userId === actor.userId) {
    return access.enter(actor, organisationId);
  }
  return access.authorise(actor, organisationId, action);
}

function fieldErrorOf(violation: Violation): FieldError {
  const field =
    violation.field === violation.location
      ? violation.location
      : `${violation.location}.${violation.field}`;
  return { field, message: violation.message };
}

function send(c: Context<PortalEnv>, reply: Reply): Response {
  for (const [name, value] of Object.entries(reply.headers ?? {})) c.header(name, value);
  if (reply.body === undefined) return c.body(null, reply.status as 204);
  // A text answer (CSV) carries its own content type among the headers set above.
  if (typeof reply.body === 'string') return c.body(reply.body, reply.status as 200);
  return c.json(reply.body, reply.status as 200);
}
