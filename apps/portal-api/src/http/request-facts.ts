import type { Context } from 'hono';
import type { Credentials } from '../auth/authenticator.js';
import type { PortalEnv } from './portal-env.js';

const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The request's id: the caller's `x-request-id` when it is a sane token (so one id follows a call
 * across services), else API Gateway's, else a new one.
 */
export function requestIdOf(c: Context<PortalEnv>, newId: () => string): string {
  const given = c.req.header('x-request-id');
  if (given !== undefined && ACCEPTABLE_REQUEST_ID.test(given)) return given;
  return c.env?.event?.requestContext?.requestId ?? newId();
}

/**
 * The client's IP for the audit trail: API Gateway's view on Lambda; locally the first
 * `x-forwarded-for` hop (the dev stack's proxy sets it), else the socket's peer.
 */
export function sourceIpOf(c: Context<PortalEnv>): string {
  const fromGateway = c.env?.event?.requestContext?.http?.sourceIp;
  if (fromGateway) return fromGateway;
  const forwarded = c.req.header('x-forwarded-for')?.split(',', 1)[0]?.trim();
  if (forwarded) return forwarded;
  return c.env?.incoming?.socket.remoteAddress ?? 'unknown';
}

/** What the request offers to authenticate with, in either runtime. */
export function credentialsOf(c: Context<PortalEnv>): Credentials {
  return {
    authorization: c.req.header('authorization'),
    authorizerClaims: c.env?.event?.requestContext?.authorizer?.jwt?.claims,
  };
}
