import type { Contract } from '@devportal/openapi-contract';
import { type Action, ROLE_MATRIX } from '@devportal/portal-domain';
import { PORTAL_OPERATION_IDS, type PortalOperationId } from '../generated/portal-spec.js';

/** What the HTTP layer needs to know of one operation of the spec, read from the spec itself. */
export interface PortalOperation {
  readonly operationId: PortalOperationId;
  /** Upper case, as Hono and the access log spell it. */
  readonly method: string;
  /** The path template as the spec writes it, e.g. `/v1/organizations/{orgId}`. */
  readonly pathTemplate: string;
  /** Whether a person's JWT is required (the spec's `security`, unless the operation clears it). */
  readonly authenticated: boolean;
  /** The role-matrix action the caller's role must allow (`x-action`). */
  readonly action?: Action;
  /** Whether a member may do it to themselves whatever their role (`x-self-allowed`). */
  readonly selfAllowed: boolean;
  /** Whether only a bank platform operator may call it (`x-operator`). */
  readonly operatorOnly: boolean;
  /** Whether the operation declares a request body. */
  readonly acceptsBody: boolean;
}

/**
 * The operations of `contract`, with their authorization facts. Fails on drift the code cannot
 * serve: an `x-action` the role matrix lacks, or an organisation action without `{orgId}`.
 */
export function portalOperations(contract: Contract): PortalOperation[] {
  const requiresJwt = Array.isArray(contract.document.security)
    ? contract.document.security.length > 0
    : false;
  return contract.operations.map(({ operationId, method, pathTemplate, definition }) => {
    if (!(PORTAL_OPERATION_IDS as readonly string[]).includes(operationId)) {
      throw new Error(`${operationId} is not in the generated spec: run pnpm generate`);
    }
    const action = definition['x-action'];
    if (action !== undefined && !(typeof action === 'string' && action in ROLE_MATRIX)) {
      throw new Error(`${operationId}: x-action ${String(action)} is not in the role matrix`);
    }
    if (action !== undefined && !pathTemplate.includes('{orgId}')) {
      throw new Error(`${operationId}: an x-action needs the organisation in the path`);
    }
    const security = definition.security;
    return {
      operationId: operationId as PortalOperationId,
      method: method.toUpperCase(),
      pathTemplate,
      authenticated: Array.isArray(security) ? security.length > 0 : requiresJwt,
      ...(action !== undefined && { action: action as Action }),
      selfAllowed: definition['x-self-allowed'] === true,
      operatorOnly: definition['x-operator'] === true,
      acceptsBody: definition.requestBody !== undefined,
    };
  });
}

/** `/v1/organizations/{orgId}` → `/v1/organizations/:orgId`, Hono's spelling. */
export function honoPath(pathTemplate: string): string {
  return pathTemplate.replace(/\{([^}]+)\}/g, ':$1');
}
