import type { AuthorisedScope } from '../access/organisation-access.js';
import type { AuditAction } from '../audit/audit-action.js';
import { AuditRecorder } from '../audit/audit-recorder.js';
import type { CatalogRepository } from '../catalog/catalog-repository.js';
import { CatalogService } from '../catalog/catalog-service.js';
import type { Actor } from '../context/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors.js';
import type { components } from '../generated/portal.js';
import type { Clock } from '../ports/clock.js';
import type { DomainCrypto } from '../ports/crypto.js';
import type { Page, PageRequest } from '../ports/page.js';
import { rolesAllowedTo } from '../roles/role-matrix.js';
import {
  type AccessDecision,
  type AccessRequest,
  type AccessRequestInput,
  type AccessRequestStatus,
  isValidAccessRequestInput,
  mayBeReplaced,
  statusAfter,
} from './access-request.js';
import type { AccessRequestRepository } from './access-request-repository.js';

/** The audit action each decision records, named after the status it leads to. */
const DECISION_ACTIONS: Readonly<Record<AccessDecision, AuditAction>> = {
  approve: 'access_request.approved',
  reject: 'access_request.rejected',
  revoke: 'access_request.revoked',
};

/** What {@link AccessRequestService} runs on. */
export interface AccessRequestServiceDependencies {
  readonly accessRequests: AccessRequestRepository;
  readonly catalog: CatalogRepository;
  readonly clock: Clock;
  readonly crypto: DomainCrypto;
}

/** An operator's decision on an access request, with their comment. */
export type AccessDecisionInput = components['schemas']['AccessDecision'];

const MAX_COMMENT_LENGTH = 2000;

/**
 * Access requests for confidential products: members (Owner, Administrator) submit
 * them; platform operators (bank staff, outside every organisation) approve,
 * reject or revoke them.
 */
export class AccessRequestService {
  private readonly audit: AuditRecorder;
  private readonly catalog: CatalogService;

  constructor(private readonly deps: AccessRequestServiceDependencies) {
    this.audit = new AuditRecorder(deps.clock, deps.crypto);
    this.catalog = new CatalogService(deps.catalog);
  }

  /** Submits a pending request for a confidential product. */
  async submit(
    actor: Actor,
    scope: AuthorisedScope<'accessRequest.submit'>,
    input: AccessRequestInput,
  ): Promise<AccessRequest> {
    if (!isValidAccessRequestInput(input)) throw new ValidationError('invalid_access_request');
    const organisationId = scope.organisation.id;
    const product = await this.catalog.getProduct(input.productId);
    if (!product.confidential) throw new ValidationError('access_request_not_needed');
    const existing = await this.deps.accessRequests.get(organisationId, product.id);
    if (!mayBeReplaced(existing)) throw new ConflictError('access_request_open');
    const request: AccessRequest = {
      id: this.deps.crypto.newId(),
      organisationId,
      productId: product.id,
      status: 'pending',
      contactName: input.contactName,
      contactEmail: input.contactEmail,
      ...(input.contactPhone !== undefined && { contactPhone: input.contactPhone }),
      purpose: input.purpose,
      submittedBy: actor.userId,
      submittedByEmail: actor.email,
      ...(actor.name !== undefined && { submittedByName: actor.name }),
      submittedAt: this.deps.clock.now().toISOString(),
      version: 1,
    };
    await this.deps.accessRequests.submit(request, existing, {
      audit: this.audit.record(actor, {
        organisationId,
        actorRole: scope.membership.role,
        action: 'access_request.submitted',
        target: { type: 'access_request', id: request.id },
        details: { productId: product.id },
      }),
      actorMustHold: rolesAllowedTo(scope.action),
    });
    return request;
  }

  /** The organisation's requests (any member may see them: part of the cabinet). */
  async listForOrganisation(
    { organisation }: AuthorisedScope<'organisation.view'>,
    page: PageRequest = {},
  ): Promise<Page<AccessRequest>> {
    return this.deps.accessRequests.listForOrganisation(organisation.id, page);
  }

  /** Every organisation's requests in `status` (pending by default), for platform operators. */
  async listForReview(
    actor: Actor,
    status: AccessRequestStatus = 'pending',
    page: PageRequest = {},
  ): Promise<Page<AccessRequest>> {
    requireOperator(actor);
    return this.deps.accessRequests.listByStatus(status, page);
  }

  /** Approves or rejects a pending request, or revokes an approved one (platform operators). */
  async decide(
    actor: Actor,
    requestId: string,
    input: AccessDecisionInput,
  ): Promise<AccessRequest> {
    requireOperator(actor);
    if (input.comment !== undefined && input.comment.length > MAX_COMMENT_LENGTH) {
      throw new ValidationError('invalid_access_request', 'Comments are at most 2000 characters');
    }
    const current = await this.deps.accessRequests.findById(requestId);
    if (!current) throw new NotFoundError('access_request_not_found');
    const status = statusAfter(current.status, input.decision);
    if (!status) {
      throw new ConflictError(
        'access_decision_not_allowed',
        `A ${current.status} request cannot take the decision "${input.decision}"`,
      );
    }
    const decidedAt = this.deps.clock.now().toISOString();
    const next: AccessRequest = {
      ...current,
      status,
      decidedBy: actor.userId,
      decidedAt,
      ...(input.comment !== undefined && { comment: input.comment }),
      version: current.version + 1,
    };
    await this.deps.accessRequests.decide(next, {
      // The operator acts from outside the organisation: no membership to re-check.
      audit: this.audit.record(actor, {
        organisationId: current.organisationId,
        actorRole: null,
        action: DECISION_ACTIONS[input.decision],
        target: { type: 'access_request', id: current.id },
        details: { productId: current.productId, operator: 'true' },
      }),
    });
    return next;
  }
}

function requireOperator(actor: Actor): void {
  if (actor.operator !== true) throw new ForbiddenError('operator_only');
}
