import { randomBytes } from 'node:crypto';
import type { PortalOperationId } from '@devportal/portal-api';

/** The ids a portal path may name, by the spec's parameter names. */
export type PathIds = Readonly<Record<string, string>>;

/**
 * A body each operation accepts, so that a probe is refused for whom it targets and never for
 * its shape. Written by hand (the spec has no examples for every body); a body operation missing
 * here fails the suites that need it.
 */
export const VALID_BODIES: Partial<Record<PortalOperationId, (ids: PathIds) => unknown>> = {
  createOrganization: () => ({ name: 'Probe organisation' }),
  updateMe: () => ({ language: 'en' }),
  // A state nobody was issued: the callback must find no authorization behind it.
  completeBankAuthorization: () => ({
    state: randomBytes(32).toString('base64url'),
    code: 'probe',
  }),
  renameOrganization: () => ({ name: 'Renamed by a probe' }),
  changeMemberRole: () => ({ role: 'Observer' }),
  transferOwnership: (ids) => ({ userId: ids.userId }),
  createInvitation: () => ({ email: 'probe@system.test', role: 'Developer' }),
  createApplication: () => ({ name: 'Probe app' }),
  updateApplication: () => ({ description: 'Changed by a probe' }),
  reissueClientSecret: () => ({ overlapSeconds: 60 }),
  subscribe: () => ({ planId: 'sandbox' }),
  registerWebhook: () => ({ url: 'https://hooks.system.test/probe' }),
  submitAccessRequest: () => ({
    productId: 'business-cards',
    contactName: 'Probe Person',
    contactEmail: 'probe@system.test',
    purpose: 'A probe that must not get through',
  }),
  decideAccessRequest: () => ({ decision: 'approve' }),
  startBankAuthorization: () => ({}),
};

/** The spec's path template with every `{name}` replaced by `ids[name]` (percent-encoded). */
export function fillPath(pathTemplate: string, ids: PathIds): string {
  return pathTemplate.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = ids[name];
    if (value === undefined) throw new Error(`no id for {${name}} in ${pathTemplate}`);
    // Through UTF-8 first: a lone surrogate (hostile input) cannot be percent-encoded as it is.
    return encodeURIComponent(Buffer.from(value, 'utf8').toString('utf8'));
  });
}
