import type { CallOptions, ResponsePromise } from '@devportal/http-transport';
import type { ListParams } from '../pagination/list-params.js';
import type { PageList } from '../pagination/page-list.js';
import type { Organization, OrganizationInput, OrganizationSummary } from '../portal-types.js';
import { PortalResource } from './portal-resource.js';

/** The caller's organisations. */
export class Organizations extends PortalResource {
  /**
   * The organisations the caller belongs to, with their role in each.
   *
   * @example
   * ```ts
   * for await (const org of client.organizations.list()) console.log(org.name, org.role);
   * ```
   */
  list(params: ListParams = {}, options?: CallOptions): PageList<OrganizationSummary> {
    return this.core.list('listOrganizations', undefined, params, options);
  }

  /** Creates an organisation with the caller as its Owner. Not retried (it is a POST). */
  create(input: OrganizationInput, options?: CallOptions): ResponsePromise<Organization> {
    return this.core.send('createOrganization', { body: input }, options);
  }

  /** The organisation's cabinet. */
  get(orgId: string, options?: CallOptions): ResponsePromise<Organization> {
    return this.core.send('getOrganization', { params: { path: { orgId } } }, options);
  }

  /** Renames the organisation (Owner, Administrator). */
  rename(
    orgId: string,
    input: OrganizationInput,
    options?: CallOptions,
  ): ResponsePromise<Organization> {
    return this.core.send(
      'renameOrganization',
      { params: { path: { orgId } }, body: input },
      options,
    );
  }

  /** Deletes the organisation and everything in it (Owner). */
  delete(orgId: string, options?: CallOptions): ResponsePromise<void> {
    return this.core.send('deleteOrganization', { params: { path: { orgId } } }, options);
  }
}
