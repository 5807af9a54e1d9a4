import type { Context } from 'hono';
import type { Credentials } from '../auth/authenticator.js';
import { clientAddress } from './client-address.js';
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
 * The client's IP for the audit trail: API Gateway's view of the connection on Lambda; on Node the
 * socket's peer, or, when that peer is one of `trustedProxies`, the right-most
 * `x-forwarded-for` hop no trusted proxy wrote (see {@link clientAddress}).
 */
export function sourceIpOf(c: Context<PortalEnv>, trustedProxies: ReadonlySet<string>): string {
  const fromGateway = c.env?.event?.requestContext?.http?.sourceIp;
  if (fromGateway) return fromGateway;
  const peer = c.env?.incoming?.socket.remoteAddress;
  if (peer === undefined) return 'unknown';
  return clientAddress(peer, c.req.header('x-forwarded-for'), trustedProxies);
}

/** What the request offers to authenticate with, in either runtime. */
export function credentialsOf(c: Context<PortalEnv>): Credentials {
  return {
    authorization: c.req.header('authorization'),
    authorizerClaims: c.env?.event?.requestContext?.authorizer?.jwt?.claims,
  };
}
