import {
  baseUrlProblem,
  type CallOptions,
  type HttpTransport,
  numericOptionsProblem,
  ResponsePromise,
  responseMetaOf,
  type TransportCall,
  type WithResponse,
} from '@devportal/http-transport';
import createClient, { type Client } from 'openapi-fetch';
import { PortalError } from '../errors/portal-error.js';
import { errorForProblem } from '../errors/problem-catalogue.js';
import { problemFromResponse } from '../errors/problem-from-response.js';
import { PortalConfigurationError, PortalProtocolError } from '../errors/transport-errors.js';
import { type PortalOperationId, portalOperations } from '../generated/operations.js';
import type { paths } from '../generated/portal.js';
import type { ListParams } from '../pagination/list-params.js';
import type { PagePayload } from '../pagination/page.js';
import { PageList } from '../pagination/page-list.js';
import { createPortalTransport } from '../transport/portal-transport.js';
import type { PortalClientOptions } from './client-options.js';
import type { DataOf, ItemOf, OperationInput, ParamsOf } from './operation-types.js';

/** What an openapi-fetch call resolves to, reduced to what the client reads. */
export interface RawResult {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

const defaults = { maxRetries: 2, timeoutMs: 30_000 };

/** What every resource of the client calls through: openapi-fetch over the shared transport. */
export class PortalCore {
  readonly api: Client<paths>;
  readonly #baseUrl: string;
  readonly #transport: HttpTransport;
  readonly #maxRetries: number;
  readonly #timeoutMs: number;

  constructor(options: PortalClientOptions) {
    const problem =
      baseUrlProblem('baseUrl', options.baseUrl) ??
      numericOptionsProblem({ timeoutMs: options.timeoutMs, maxRetries: options.maxRetries });
    if (problem) throw new PortalConfigurationError(problem);
    this.#baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#transport = createPortalTransport(options);
    this.#maxRetries = options.maxRetries ?? defaults.maxRetries;
    this.#timeoutMs = options.timeoutMs ?? defaults.timeoutMs;
    this.api = createClient<paths>({
      baseUrl: this.#baseUrl,
      Request: this.#transport.Request,
    });
  }

  /**
   * Sends one operation, its method and path taken from {@link portalOperations}, and returns its
   * data (with `.withResponse()` for the response), or throws the error class of its problem.
   */
  send<Id extends PortalOperationId>(
    operationId: Id,
    input: OperationInput<Id>,
    options: CallOptions = {},
  ): ResponsePromise<DataOf<Id>> {
    return new ResponsePromise(this.#send(operationId, input, options));
  }

  async #send<Id extends PortalOperationId>(
    operationId: Id,
    input: OperationInput<Id>,
    options: CallOptions,
  ): Promise<WithResponse<DataOf<Id>>> {
    const { method, path } = portalOperations[operationId];
    const call: TransportCall = {
      callId: crypto.randomUUID(),
      operationId,
      maxRetries: options.maxRetries ?? this.#maxRetries,
      timeoutMs: options.timeoutMs ?? this.#timeoutMs,
      signal: options.signal,
    };
    const context = { callId: call.callId, operationId };
    const fetch = (request: Request) => this.#transport.send(request, call);
    const request = this.api.request as (m: string, p: string, init: object) => Promise<RawResult>;
    const { data, error, response } = await request(method, path, { ...input, fetch }).catch(
      (failure: unknown) => {
        if (failure instanceof PortalError) throw failure;
        // openapi-fetch parses 2xx bodies as JSON; anything else breaks the contract.
        throw new PortalProtocolError(`the answer to ${operationId} is not JSON`, {
          ...context,
          cause: failure,
        });
      },
    );
    if (response.ok) return { data: data as DataOf<Id>, response: responseMetaOf(response) };
    const url = `${this.#baseUrl}${path}`;
    throw errorForProblem(problemFromResponse(response, error, { ...context, method, path, url }));
  }

  /** A lazily read list whose pages are sent like {@link PortalCore.send}, from `params.cursor`. */
  list<Id extends PortalOperationId>(
    operationId: Id,
    path: ParamsOf<Id>['path'],
    params: ListParams & ParamsOf<Id>['query'],
    options?: CallOptions,
  ): PageList<ItemOf<Id>> {
    return new PageList((cursor) => {
      const query = { ...params, cursor: cursor ?? params.cursor };
      const input = { params: { path, query } } as OperationInput<Id>;
      return this.send(operationId, input, options) as ResponsePromise<PagePayload<ItemOf<Id>>>;
    });
  }

  /** Releases the transport's connections. */
  close(): Promise<void> {
    return this.#transport.close();
  }
}
