import {
  type HttpTransport,
  ResponsePromise,
  responseMetaOf,
  type TransportCall,
  type WithResponse,
} from '@devportal/http-transport';
import createClient, { type Client, createQuerySerializer } from 'openapi-fetch';
import type {
  BusinessCard,
  BusinessCardsPayload,
  CorporateCard,
  CryptoInfo,
  LimitChangeDocument,
  LimitChangeRequest,
  LimitChangeState,
  WorkflowFault,
} from '../bank-types.js';
import { asAbortError } from '../errors/abort-error.js';
import { SberNotFoundError, SberValidationError } from '../errors/api-errors.js';
import { errorForFault } from '../errors/error-catalogue.js';
import { faultFromResponse } from '../errors/fault-from-response.js';
import { SberProtocolError } from '../errors/transport-errors.js';
import type { paths } from '../generated/sber-business-cards.js';
import { operationContracts } from '../generated/sber-business-cards.patterns.js';
import { createIdempotently } from '../limits/idempotent-create.js';
import type { LimitChangeResult } from '../limits/limit-change-result.js';
import {
  type WaitForLimitChangeOptions,
  waitForFinalState,
} from '../limits/wait-for-final-state.js';
import { BusinessCardPage } from '../pagination/business-card-page.js';
import {
  type BusinessCardQuery,
  nextPageQuery,
  statusCodesOf,
} from '../pagination/next-page-query.js';
import { createBankTransport } from '../transport/bank-transport.js';
import { type RequestValues, validateRequest } from '../validation/validate-request.js';
import type { CallOptions } from './call-options.js';
import { checkedClientOptions } from './checked-options.js';
import type { SberClientOptions } from './client-options.js';
import { baseUrlFor } from './environment.js';

type OperationId = keyof typeof operationContracts;

/** What an openapi-fetch call resolves to, reduced to what the client reads. */
interface RawResult<T> {
  readonly data?: T;
  readonly error?: unknown;
  readonly response: Response;
}

/** How one logical call is sent, beyond the caller's options. */
interface SendPlan {
  readonly callId?: string;
  readonly maxRetries?: number;
  readonly retryOffset?: number;
  readonly validated?: boolean;
}

const defaults = { maxRetries: 2, timeoutMs: 30_000 };

/**
 * The bank reads `statusCodes` as one comma-separated value (style form, explode false). Built
 * once: given as options, openapi-fetch would build the same serializer again on every call.
 */
const bankQuerySerializer = createQuerySerializer({ array: { style: 'form', explode: false } });

/**
 * A typed client of the bank's business-card limits API, on openapi-fetch, with retries, token
 * refresh, typed errors, pagination, idempotent creation and client-side validation.
 * Create it with {@link createSberClient}.
 */
export class SberClient {
  /** the base URL every path is appended to */
  readonly baseUrl: string;
  readonly #api: Client<paths>;
  readonly #transport: HttpTransport;
  readonly #maxRetries: number;
  readonly #timeoutMs: number;
  readonly #validate: boolean;

  constructor(options: SberClientOptions) {
    checkedClientOptions(options);
    this.baseUrl = baseUrlFor(options.environment);
    this.#transport = createBankTransport(options);
    this.#maxRetries = options.maxRetries ?? defaults.maxRetries;
    this.#timeoutMs = options.timeoutMs ?? defaults.timeoutMs;
    this.#validate = options.validateRequests ?? true;
    this.#api = createClient<paths>({
      baseUrl: this.baseUrl,
      Request: this.#transport.Request,
      querySerializer: bankQuerySerializer,
    });
  }

  /**
   * Reads one page of the company's business cards (scope `BUSINESS_CARD_LIMIT`), of every status
   * unless `statusCodes` names some.
   *
   * @example
   * ```ts
   * const first = await client.getBusinessCardPage({ statusCodes: ['ACTIVE'] });
   * console.log(first.cards.length, first.hasNextPage());
   * ```
   */
  getBusinessCardPage(
    query: BusinessCardQuery = {},
    options?: CallOptions,
  ): ResponsePromise<BusinessCardPage> {
    const page = query.page ?? 1;
    const statusCodes = [...statusCodesOf(query)];
    const sent = this.#send<BusinessCardsPayload>(
      'listBusinessCards',
      { query: { page, statusCodes } },
      options,
      (fetch) =>
        this.#api.GET('/v1/business-cards', { params: { query: { page, statusCodes } }, fetch }),
    );
    return new ResponsePromise(
      sent.then(({ data, response }) => ({
        data: new BusinessCardPage({ page, statusCodes }, data ?? {}, (href, nextOptions) =>
          this.getBusinessCardPage(
            nextPageQuery(href, this.baseUrl, { page, statusCodes }),
            nextOptions,
          ),
        ),
        response,
      })),
    );
  }

  /**
   * Iterates over the pages of the list, following each page's `next` link until there is none.
   * Each page is read when the previous one has been consumed.
   *
   * @example
   * ```ts
   * for await (const page of client.businessCardPages({ statusCodes: ['ACTIVE', 'BLOCKED'] })) {
   *   await saveBatch(page.cards);
   * }
   * ```
   */
  async *businessCardPages(
    query: BusinessCardQuery = {},
    options?: CallOptions,
  ): AsyncGenerator<BusinessCardPage, void, undefined> {
    let page: BusinessCardPage | undefined = await this.getBusinessCardPage(query, options);
    while (page) {
      yield page;
      page = await page.getNextPage(options);
    }
  }

  /**
   * Iterates over all business cards of the company, page by page; memory holds one page.
   *
   * @example
   * ```ts
   * for await (const card of client.businessCards({ statusCodes: ['ACTIVE'] })) {
   *   console.log(card.businessCardId, card.cardPan);
   * }
   * ```
   */
  async *businessCards(
    query: BusinessCardQuery = {},
    options?: CallOptions,
  ): AsyncGenerator<BusinessCard, void, undefined> {
    for await (const page of this.businessCardPages(query, options)) yield* page.cards;
  }

  /**
   * Reads one business card with its limits (scope `CORPORATE_CARDS`).
   *
   * @example
   * ```ts
   * const card = await client.getCorporateCard('ccf62938-cbda-4785-a008-12bd300bef80');
   * console.log(card.limits);
   * ```
   */
  getCorporateCard(corpCardId: string, options?: CallOptions): ResponsePromise<CorporateCard> {
    const sent = this.#send<CorporateCard>(
      'getCorporateCard',
      { path: { corpCardId } },
      options,
      (fetch) =>
        this.#api.GET('/v1/corporate-cards/{corpCardId}', {
          params: { path: { corpCardId } },
          fetch,
        }),
    );
    return new ResponsePromise(sent);
  }

  /**
   * Creates a limit-change request (scope `BUSINESS_CARD_LIMIT`). Safe to retry: after a failed
   * attempt the state of `externalId` is read before the POST is sent again, so the bank never
   * gets two documents. Check `outcome`: a 202 `WORKFLOW_FAULT` is `signaturesRejected`.
   *
   * @example
   * ```ts
   * const result = await client.createLimitChange({
   *   businessCardId: 'ccf62938-cbda-4785-a008-12bd300bef80',
   *   code: 'NON_RENEW',
   *   externalId: randomUUID(),
   *   limit: 2650000,
   * });
   * if (result.outcome === 'signaturesRejected') console.warn(result.fault.message);
   * ```
   */
  createLimitChange(
    body: LimitChangeRequest,
    options?: CallOptions,
  ): ResponsePromise<LimitChangeResult> {
    return new ResponsePromise(this.#createLimitChange(body, options));
  }

  async #createLimitChange(
    body: LimitChangeRequest,
    options: CallOptions | undefined,
  ): Promise<WithResponse<LimitChangeResult>> {
    const callId = crypto.randomUUID();
    this.#checkRequest('createLimitChange', { body }, callId);
    const stepOptions = { ...options, maxRetries: 0 };
    // The answer the result was read from: the last POST's, or the state read that found it.
    let last: WithResponse<unknown> | undefined;
    try {
      const result = await createIdempotently(
        body.externalId,
        {
          post: async (retry) => {
            last = await this.#send<LimitChangeDocument | WorkflowFault>(
              'createLimitChange',
              { body },
              stepOptions,
              (fetch) => this.#api.POST('/v1/business-cards/limits', { body, fetch }),
              { callId, retryOffset: retry, validated: true },
            );
            const { data, response } = last;
            return response.status === 202
              ? { outcome: 'signaturesRejected', fault: data as WorkflowFault }
              : { outcome: 'created', document: data as LimitChangeDocument };
          },
          findState: (retry) =>
            this.#readState(body.externalId, stepOptions, { callId, retryOffset: retry }).then(
              (found) => {
                last = found;
                return found.data;
              },
              (error: unknown) => {
                if (error instanceof SberNotFoundError) return undefined;
                throw error;
              },
            ),
        },
        {
          backoff: this.#transport.backoff,
          maxRetries: options?.maxRetries ?? this.#maxRetries,
        },
        options?.signal,
      );
      // createIdempotently resolves only after a step resolved, which set `last`.
      return { data: result, response: (last as WithResponse<unknown>).response };
    } catch (error) {
      throw asAbortError(error, options?.signal, { callId, operationId: 'createLimitChange' });
    }
  }

  /**
   * Reads the state of a limit-change request by the `externalId` it was created with
   * (scope `BUSINESS_CARD_LIMIT`).
   *
   * @example
   * ```ts
   * const { bankStatus } = await client.getLimitChangeState(externalId);
   * ```
   */
  getLimitChangeState(
    externalId: string,
    options?: CallOptions,
  ): ResponsePromise<LimitChangeState> {
    return new ResponsePromise(this.#readState(externalId, options, {}));
  }

  /**
   * Reads the state of a limit-change request every `intervalMs` until its status is final
   * (`IMPLEMENTED` or a refusal, see `isFinalBankStatus`) and returns that state. An unknown
   * status counts as in progress. `CREATED` waits for a signature in the bank's UI, possibly for
   * days: give `timeoutMs` (then `SberWaitTimeoutError`) or a `signal` (then `SberAbortError`).
   *
   * @example
   * ```ts
   * const state = await client.waitForLimitChange(externalId, {
   *   intervalMs: 10_000,
   *   signal: AbortSignal.timeout(15 * 60_000),
   * });
   * if (isSuccessfulBankStatus(state.bankStatus)) console.log('limit changed');
   * ```
   */
  async waitForLimitChange(
    externalId: string,
    options: WaitForLimitChangeOptions = {},
  ): Promise<LimitChangeState> {
    const { signal } = options;
    try {
      const readState = () => this.#readState(externalId, { signal }, {}).then(({ data }) => data);
      return await waitForFinalState(readState, options);
    } catch (error) {
      throw asAbortError(error, signal, { operationId: 'getLimitChangeState' });
    }
  }

  /**
   * Lists the certificates of the token owner's crypto profile (scope `GET_CRYPTO_INFO`); a
   * certificate's `uuid` is the `certificateUuid` of a signature.
   *
   * @example
   * ```ts
   * const { certificateInfos = [] } = await client.getCryptoInfo();
   * ```
   */
  getCryptoInfo(options?: CallOptions): ResponsePromise<CryptoInfo> {
    return new ResponsePromise(
      this.#send<CryptoInfo>('getCryptoInfo', {}, options, (fetch) =>
        this.#api.GET('/v1/crypto', { fetch }),
      ),
    );
  }

  /** Closes the connections of the TLS dispatcher, when the client made one. */
  async close(): Promise<void> {
    await this.#transport.close();
  }

  #readState(
    externalId: string,
    options: CallOptions | undefined,
    plan: SendPlan,
  ): Promise<WithResponse<LimitChangeState>> {
    return this.#send<LimitChangeState>(
      'getLimitChangeState',
      { path: { externalId } },
      options,
      (fetch) =>
        this.#api.GET('/v1/business-cards/limits/{externalId}/state', {
          params: { path: { externalId } },
          fetch,
        }),
      plan,
    );
  }

  /** Throws the bank's validation error, before anything is sent, when a value breaks the spec. */
  #checkRequest(operationId: OperationId, values: RequestValues, callId: string): void {
    if (!this.#validate) return;
    const contract = operationContracts[operationId];
    const { fieldNames, checks } = validateRequest(contract, values);
    if (checks.length === 0) return;
    throw new SberValidationError({
      status: 400,
      code: 'VALIDATION_FAULT',
      referenceId: undefined,
      bankMessage: undefined,
      checks,
      fieldNames,
      method: contract.method,
      path: contract.path,
      callId,
      operationId,
      scope: contract.scope,
      detectedBy: 'client',
    });
  }

  /** Validates, sends through the transport, and turns an error answer into a typed error. */
  async #send<T>(
    operationId: OperationId,
    values: RequestValues,
    options: CallOptions | undefined,
    request: (fetch: (input: Request) => Promise<Response>) => Promise<RawResult<unknown>>,
    plan: SendPlan = {},
  ): Promise<WithResponse<T>> {
    const callId = plan.callId ?? crypto.randomUUID();
    if (!plan.validated) this.#checkRequest(operationId, values, callId);
    const call: TransportCall = {
      callId,
      operationId,
      maxRetries: options?.maxRetries ?? this.#maxRetries,
      timeoutMs: options?.timeoutMs ?? this.#timeoutMs,
      signal: options?.signal,
      retryOffset: plan.retryOffset ?? 0,
    };
    let raw: RawResult<unknown>;
    try {
      raw = await request((input) => this.#transport.send(input, call));
    } catch (failure) {
      // openapi-fetch parses 2xx bodies as JSON: a SyntaxError means the answer breaks the
      // contract. Anything else (a token provider's own failure) reaches the caller as thrown.
      if (!(failure instanceof SyntaxError)) throw failure;
      throw new SberProtocolError(`the bank's answer to ${operationId} is not JSON`, call, {
        cause: failure,
      });
    }
    const { data, error, response } = raw;
    if (!response.ok) {
      const contract = operationContracts[operationId];
      throw errorForFault(
        faultFromResponse(response, error, {
          method: contract.method,
          path: contract.path,
          url: `${this.baseUrl}${contract.path}`,
          callId,
          operationId,
          scope: contract.scope,
        }),
      );
    }
    return { data: data as T, response: responseMetaOf(response) };
  }
}

/**
 * Creates a client of the bank's business-card limits API.
 *
 * @example
 * ```ts
 * import { createSberClient } from '@devportal/sber-client';
 *
 * const client = createSberClient({
 *   environment: 'production',
 *   tokenProvider: ({ forceRefresh }) => tokens.accessToken({ forceRefresh }),
 *   tls: { cert: readFileSync('client.crt'), key: readFileSync('client.key') },
 * });
 * for await (const card of client.businessCards({ statusCodes: ['ACTIVE'] })) {
 *   console.log(card.cardPan);
 * }
 * ```
 */
export function createSberClient(options: SberClientOptions): SberClient {
  return new SberClient(options);
}
