import type { IncomingMessage } from 'node:http';
import type { PortalOperation } from '../contract/portal-operations.js';

/** The parts of an API Gateway HTTP API event (payload 2.0) the portal reads. */
export interface ApiGatewayEventFacts {
  readonly requestContext?: {
    readonly requestId?: string;
    readonly http?: { readonly sourceIp?: string };
    readonly authorizer?: { readonly jwt?: { readonly claims?: Record<string, unknown> } };
  };
}

/** Hono's environment of the portal app in either runtime. */
export interface PortalEnv {
  /** `event` on Lambda (hono/aws-lambda), `incoming` on Node (@hono/node-server). */
  Bindings: { readonly event?: ApiGatewayEventFacts; readonly incoming?: IncomingMessage };
  Variables: {
    requestId: string;
    operation: PortalOperation;
    userId: string;
  };
}
