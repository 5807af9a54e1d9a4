import type { AuthorisedScope } from '../access/organisation-access.js';
import type { AccessRequestRepository } from '../access-requests/access-request-repository.js';
import type { ApplicationRepository } from '../applications/application-repository.js';
import type { AuditAction } from '../audit/audit-action.js';
import { AuditRecorder } from '../audit/audit-recorder.js';
import type { Change } from '../audit/change.js';
import type { CatalogRepository } from '../catalog/catalog-repository.js';
import { CatalogService } from '../catalog/catalog-service.js';
import type { Actor } from '../context/actor.js';
import { ForbiddenError, NotFoundError } from '../errors.js';
import type { Clock } from '../ports/clock.js';
import type { DomainCrypto } from '../ports/crypto.js';
import { rolesAllowedTo } from '../roles/role-matrix.js';
import type { Subscription } from './subscription.js';
import type { SubscriptionRepository } from './subscription-repository.js';

/** What {@link SubscriptionService} runs on. */
export interface SubscriptionServiceDependencies {
  readonly applications: ApplicationRepository;
  readonly subscriptions: SubscriptionRepository;
  readonly accessRequests: AccessRequestRepository;
  readonly catalog: CatalogRepository;
  readonly clock: Clock;
  readonly crypto: DomainCrypto;
}

/** Subscribing applications to tariff plans: at most one plan per product and application. */
export class SubscriptionService {
  private readonly audit: AuditRecorder;
  private readonly catalog: CatalogService;

  constructor(private readonly deps: SubscriptionServiceDependencies) {
    this.audit = new AuditRecorder(deps.clock, deps.crypto);
    this.catalog = new CatalogService(deps.catalog);
  }

  /** The application's subscriptions. */
  async list(
    { organisation }: AuthorisedScope<'subscription.list'>,
    applicationId: string,
  ): Promise<Subscription[]> {
    await this.requireApplication(organisation.id, applicationId);
    return this.deps.subscriptions.list(applicationId);
  }

  /**
   * Subscribes the application to `planId` of the product, or moves it to that plan.
   * A confidential plan is refused (Forbidden, `access_request_not_approved`) unless
   * the organisation's access request for the product is approved.
   */
  async subscribe(
    actor: Actor,
    scope: AuthorisedScope<'subscription.manage'>,
    applicationId: string,
    productId: string,
    planId: string,
  ): Promise<Subscription> {
    const organisationId = scope.organisation.id;
    await this.requireApplication(organisationId, applicationId);
    const { plan } = await this.catalog.getPlan(productId, planId);
    if (plan.confidential) {
      const request = await this.deps.accessRequests.get(organisationId, productId);
      if (request?.status !== 'approved') {
        throw new ForbiddenError(
          'access_request_not_approved',
          `The plan "${planId}" is confidential: submit an access request for "${productId}" and wait for the bank's approval (current status: ${request?.status ?? 'none'})`,
        );
      }
    }
    const current = await this.deps.subscriptions.get(applicationId, productId);
    if (current?.planId === planId) return current;
    const now = this.deps.clock.now().toISOString();
    const next: Subscription = current
      ? {
          ...current,
          planId,
          contour: plan.contour,
          confidential: plan.confidential,
          updatedAt: now,
          version: current.version + 1,
        }
      : {
          applicationId,
          organisationId,
          productId,
          planId,
          contour: plan.contour,
          confidential: plan.confidential,
          createdAt: now,
          version: 1,
        };
    await this.deps.subscriptions.save(
      next,
      this.change(
        actor,
        scope,
        current ? 'subscription.plan_changed' : 'subscription.created',
        next,
        {
          ...(current && { previousPlanId: current.planId }),
        },
      ),
    );
    return next;
  }

  /** Ends the application's subscription to the product. */
  async unsubscribe(
    actor: Actor,
    scope: AuthorisedScope<'subscription.manage'>,
    applicationId: string,
    productId: string,
  ): Promise<void> {
    const organisationId = scope.organisation.id;
    await this.requireApplication(organisationId, applicationId);
    const current = await this.deps.subscriptions.get(applicationId, productId);
    if (!current) throw new NotFoundError('subscription_not_found');
    await this.deps.subscriptions.delete(
      current,
      this.change(actor, scope, 'subscription.deleted', current),
    );
  }

  private async requireApplication(organisationId: string, applicationId: string): Promise<void> {
    if (!(await this.deps.applications.get(organisationId, applicationId))) {
      throw new NotFoundError('application_not_found');
    }
  }

  private change(
    actor: Actor,
    scope: AuthorisedScope<'subscription.manage'>,
    action: AuditAction,
    subscription: Subscription,
    details: Record<string, string> = {},
  ): Change {
    return {
      audit: this.audit.record(actor, {
        organisationId: scope.organisation.id,
        actorRole: scope.membership.role,
        action,
        target: {
          type: 'subscription',
          id: `${subscription.applicationId}/${subscription.productId}`,
        },
        details: { planId: subscription.planId, ...details },
      }),
      actorMustHold: rolesAllowedTo(scope.action),
    };
  }
}
