import { randomBytes, randomUUID } from 'node:crypto';
import type { PortalOperation } from '@devportal/portal-api';
import type { Footprint } from '../support/organisation-footprint.js';
import { fillPath, VALID_BODIES } from '../support/valid-portal-requests.js';

/** One request of a member of organisation A aimed at organisation B, and what may answer it. */
export interface Probe {
  readonly operationId: string;
  readonly how: string;
  readonly method: string;
  readonly path: string;
  readonly body?: unknown;
  readonly allowed: readonly number[];
}

/** Operations that never name another organisation's resource, and why they are not probed. */
export const NOT_ORGANISATION_SCOPED: Readonly<Record<string, string>> = {
  getMe: "the caller's own profile and memberships (checked below not to list B)",
  updateMe: "the caller's own language; no id in the path or the body names anyone else",
  listOrganizations: "the caller's own organisations (checked below not to list B)",
  createOrganization: 'creates a new organisation owned by the caller',
  listProducts: 'the public catalog, the same for everyone',
  getProduct: 'the public catalog, the same for everyone',
  listMyInvitations:
    "invitations to the caller's own verified address (see invitation-preview.test.ts)",
};

/** Ids nobody leaked: what an attacker would guess. */
function guessedIds(): Footprint {
  return {
    orgId: randomUUID(),
    appId: randomUUID(),
    userId: randomUUID(),
    invitationId: randomUUID(),
    token: randomBytes(32).toString('base64url'),
    webhookId: randomUUID(),
    requestId: randomUUID(),
    externalId: randomUUID(),
    runId: randomUUID(),
    productId: 'business-cards',
  };
}

/** The path parameters other than the organisation and the public product id. */
function namesAResource(pathTemplate: string): boolean {
  return /\{(?!orgId\}|productId\})[^}]+\}/.test(pathTemplate);
}

/**
 * The probes of one operation, by why the answer must be a refusal:
 * - organisation routes (`x-action`): 404 for B's real ids (leaked), for guessed ids in B, and
 *   for a guessed organisation, since a non-member learns nothing, not even that B exists; B's
 *   resource ids under A's own organisation (`crossed`) answer 404, or 403 first for a role
 *   that may not do the action at all in A;
 * - operator routes: 403, A's members are not bank operators;
 * - accepting an invitation: B's leaked token only works for the invited address (403/404);
 * - the bank callback: a guessed state is unknown (404).
 */
export function probesOf(operation: PortalOperation, a: Footprint, b: Footprint): Probe[] {
  const { operationId, method, pathTemplate } = operation;
  const request = (how: string, ids: Footprint, allowed: readonly number[]): Probe => {
    const body = VALID_BODIES[operationId]?.(ids);
    return {
      operationId,
      how,
      method,
      path: fillPath(pathTemplate, ids),
      ...(body !== undefined && { body }),
      allowed,
    };
  };
  if (operation.action !== undefined) {
    const probes = [
      request('B leaked', b, [404]),
      request('B with guessed ids', { ...guessedIds(), orgId: b.orgId as string }, [404]),
      request('guessed organisation', guessedIds(), [404]),
    ];
    if (namesAResource(pathTemplate) || operationId === 'transferOwnership') {
      probes.push(request("B's ids under A", { ...b, orgId: a.orgId as string }, [403, 404]));
    }
    return probes;
  }
  if (operation.operatorOnly) {
    return [request('B leaked', b, [403]), request('guessed', guessedIds(), [403])];
  }
  if (operationId === 'acceptInvitation') {
    return [request('B leaked', b, [403, 404]), request('guessed', guessedIds(), [404])];
  }
  // The token is the invitation's only key: whoever holds it may read what it offers (its link's
  // page); without it nothing is found.
  if (operationId === 'previewInvitation') {
    return [request('guessed', guessedIds(), [404])];
  }
  if (operationId === 'completeBankAuthorization') {
    return [request('guessed state', guessedIds(), [404])];
  }
  if (operationId in NOT_ORGANISATION_SCOPED) return [];
  throw new Error(`${operationId}: no isolation probe; say how it is scoped in probes.ts`);
}
