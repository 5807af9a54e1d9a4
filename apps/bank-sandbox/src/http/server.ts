import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Contract } from '@devportal/openapi-contract';
import { bankError } from '../api/bank-errors.js';
import type { Clock } from '../clock.js';
import type { RequestContext } from './context.js';
import type { FaultDecision, FaultInjector } from './faults.js';
import type { RequestLogEntry } from './request-log.js';
import type { SandboxResponse } from './response.js';

/** TLS for an https server; with `requestCert`, clients must present a certificate signed by `ca` (mutual TLS, as on the bank's port 9443). */
export interface TlsOptions {
  key: string | Buffer;
  cert: string | Buffer;
  ca?: string | Buffer | (string | Buffer)[];
  requestCert?: boolean;
}

export type RouteHandler = (ctx: RequestContext) => SandboxResponse | Promise<SandboxResponse>;

/**
 * A route of the sandbox itself, outside the bank's contract (test helpers). It is logged like
 * the bank's operations but never takes injected faults.
 */
export interface SandboxOnlyRoute {
  /** stands for the operationId in the request log */
  name: string;
  method: string;
  /** matched against the whole path; named groups become path parameters */
  path: RegExp;
  handler: RouteHandler;
}

export interface ServerDependencies {
  contract: Contract;
  clock: Clock;
  faults: FaultInjector;
  /** handlers by operationId */
  routes: Readonly<Record<string, RouteHandler>>;
  /** operationIds served at the host root (SberBusiness ID); the rest are served under `apiBasePath` */
  rootOperations: ReadonlySet<string>;
  apiBasePath: string;
  sandboxOnlyRoutes: readonly SandboxOnlyRoute[];
  requestLog: RequestLogEntry[];
  log: (line: string) => void;
}

const MAX_BODY_BYTES = 1024 * 1024;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, response: SandboxResponse): void {
  const headers: Record<string, string> = { ...response.headers };
  let payload: string | undefined;
  if (response.body !== undefined) {
    payload = JSON.stringify(response.body);
    headers['content-type'] ??= 'application/json;charset=UTF-8';
  }
  res.writeHead(response.status, headers);
  res.end(payload);
}

function injectedError(status: 500 | 503, retryAfterSeconds: number | undefined): SandboxResponse {
  if (status === 500) return bankError('UNKNOWN_EXCEPTION');
  return bankError(
    'UNAVAILABLE_RESOURCE_EXCEPTION',
    retryAfterSeconds === undefined
      ? {}
      : { headers: { 'retry-after': String(retryAfterSeconds) } },
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Route {
  operationId: string;
  pathParams: Record<string, string>;
  handler: RouteHandler | undefined;
  takesFaults: boolean;
}

function findRoute(deps: ServerDependencies, method: string, pathname: string): Route | undefined {
  const match = deps.contract.operation(method, pathname);
  if (match) {
    const underApi = pathname.startsWith(`${deps.apiBasePath}/`);
    if (deps.rootOperations.has(match.operationId) === underApi) return undefined;
    const handler = deps.routes[match.operationId];
    return {
      operationId: match.operationId,
      pathParams: match.pathParams,
      handler,
      takesFaults: true,
    };
  }
  for (const route of deps.sandboxOnlyRoutes) {
    const found = route.method === method ? route.path.exec(pathname) : null;
    if (found) {
      const pathParams = { ...found.groups };
      return { operationId: route.name, pathParams, handler: route.handler, takesFaults: false };
    }
  }
  return undefined;
}

const NO_FAULT: FaultDecision = { latencyMs: 0, action: 'none', status: 503, phase: 'before' };

/** Creates the sandbox's HTTP(S) server: routing, faults, the request log and one log line per request. */
export function createSandboxServer(deps: ServerDependencies, tls?: TlsOptions): Server {
  let seq = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    const route = findRoute(deps, method, url.pathname);
    const operationId = route?.operationId;
    const entry: RequestLogEntry = {
      seq: ++seq,
      at: deps.clock.now(),
      method,
      path: `${url.pathname}${url.search}`,
      operationId,
      status: undefined,
      handled: false,
      durationMs: 0,
    };
    deps.requestLog.push(entry);
    const finish = (status: number | undefined) => {
      entry.status = status;
      entry.durationMs = Math.round((performance.now() - started) * 100) / 100;
      const fault = entry.fault === undefined ? '' : ` [fault: ${entry.fault}]`;
      // The path without its query: an authorize request's query carries the OAuth state.
      deps.log(
        `${new Date(entry.at).toISOString()} ${method} ${url.pathname} ${status ?? 'dropped'} ${entry.durationMs}ms ${operationId ?? '-'}${fault}`,
      );
    };
    const drop = () => {
      entry.fault = 'drop';
      req.socket.destroy();
      finish(undefined);
    };

    let rawBody: Buffer;
    try {
      rawBody = await readBody(req);
    } catch {
      const response = bankError('DESERIALIZATION_FAULT', {
        checks: [{ level: 'ERROR', message: 'Тело запроса слишком велико', fields: [] }],
      });
      send(res, response);
      finish(response.status);
      return;
    }

    if (route === undefined) {
      const response = bankError('NOT_FOUND', { message: 'Ресурс не найден' });
      send(res, response);
      finish(response.status);
      return;
    }

    const fault = route.takesFaults ? deps.faults.decide(route.operationId) : NO_FAULT;
    if (fault.latencyMs > 0) await sleep(fault.latencyMs);
    if (fault.action !== 'none' && fault.phase === 'before') {
      if (fault.action === 'drop') return drop();
      entry.fault = 'error';
      const response = injectedError(fault.status, fault.retryAfterSeconds);
      send(res, response);
      finish(response.status);
      return;
    }

    const ctx: RequestContext = {
      operationId: route.operationId,
      method,
      url,
      pathParams: route.pathParams,
      headers: req.headers,
      rawBody,
    };
    let response: SandboxResponse;
    try {
      response = route.handler ? await route.handler(ctx) : bankError('NOT_FOUND');
    } catch (error) {
      deps.log(`${operationId} failed: ${(error as Error).stack ?? String(error)}`);
      response = bankError('UNKNOWN_EXCEPTION');
    }
    entry.handled = true;
    if (ctx.organizationId !== undefined) entry.organizationId = ctx.organizationId;

    if (fault.action === 'drop') return drop();
    if (fault.action === 'error') {
      entry.fault = 'error';
      response = injectedError(fault.status, fault.retryAfterSeconds);
    }
    send(res, response);
    finish(response.status);
  };

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      deps.log(`request failed: ${String(error)}`);
      if (!res.headersSent) send(res, bankError('UNKNOWN_EXCEPTION'));
      else res.destroy();
    });
  };

  if (tls === undefined) return createHttpServer(listener);
  return createHttpsServer(
    {
      key: tls.key,
      cert: tls.cert,
      ...(tls.ca === undefined ? {} : { ca: tls.ca }),
      requestCert: tls.requestCert ?? false,
      rejectUnauthorized: tls.requestCert ?? false,
    },
    listener,
  );
}
