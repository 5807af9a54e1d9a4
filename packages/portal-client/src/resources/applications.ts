import type { CallOptions, ResponsePromise } from '@devportal/http-transport';
import type { ListParams } from '../pagination/list-params.js';
import type { PageList } from '../pagination/page-list.js';
import type {
  Application,
  ApplicationInput,
  ApplicationUpdate,
  ApplicationWithSecret,
  ReissuedSecret,
  SecretReissue,
} from '../portal-types.js';
import { PortalResource } from './portal-resource.js';

/** Applications of an organisation and their Client ID / Client Secret. */
export class Applications extends PortalResource {
  /** The organisation's applications (never their secrets). */
  list(orgId: string, params: ListParams = {}, options?: CallOptions): PageList<Application> {
    return this.core.list('listApplications', { orgId }, params, options);
  }

  /**
   * Creates an application; the answer is the only place its Client Secret appears.
   *
   * @example
   * ```ts
   * const { application, clientSecret } = await client.applications.create(orgId, { name: 'Payroll' });
   * await vault.save(application.clientId, clientSecret);
   * ```
   */
  create(
    orgId: string,
    input: ApplicationInput,
    options?: CallOptions,
  ): ResponsePromise<ApplicationWithSecret> {
    return this.core.send(
      'createApplication',
      { params: { path: { orgId } }, body: input },
      options,
    );
  }

  get(orgId: string, appId: string, options?: CallOptions): ResponsePromise<Application> {
    return this.core.send('getApplication', { params: { path: { orgId, appId } } }, options);
  }

  /** Changes the application's name or description. Not retried (it is a PATCH). */
  update(
    orgId: string,
    appId: string,
    update: ApplicationUpdate,
    options?: CallOptions,
  ): ResponsePromise<Application> {
    return this.core.send(
      'updateApplication',
      { params: { path: { orgId, appId } }, body: update },
      options,
    );
  }

  /** Deletes the application; its credentials and subscriptions stop working at once. */
  delete(orgId: string, appId: string, options?: CallOptions): ResponsePromise<void> {
    return this.core.send('deleteApplication', { params: { path: { orgId, appId } } }, options);
  }

  /** Issues a new Client Secret, shown once; the previous one works for the overlap (24 h). */
  reissueSecret(
    orgId: string,
    appId: string,
    reissue: SecretReissue = {},
    options?: CallOptions,
  ): ResponsePromise<ReissuedSecret> {
    return this.core.send(
      'reissueClientSecret',
      { params: { path: { orgId, appId } }, body: reissue },
      options,
    );
  }
}
