import { randomUUID } from 'node:crypto';
import { jwtAuthorizerClaims, type SignedInPerson } from './jwt-authorizer-claims.js';

/** API Gateway HTTP API's event for a Lambda integration, payload format 2.0. */
export interface HttpApiEvent {
  readonly version: '2.0';
  readonly routeKey: string;
  readonly rawPath: string;
  readonly rawQueryString: string;
  readonly cookies?: string[];
  readonly headers: Record<string, string>;
  readonly queryStringParameters?: Record<string, string>;
  readonly pathParameters?: Record<string, string>;
  readonly requestContext: {
    readonly accountId: string;
    readonly apiId: string;
    readonly domainName: string;
    readonly domainPrefix: string;
    readonly http: {
      readonly method: string;
      readonly path: string;
      readonly protocol: string;
      readonly sourceIp: string;
      readonly userAgent: string;
    };
    readonly requestId: string;
    readonly routeKey: string;
    readonly stage: string;
    readonly time: string;
    readonly timeEpoch: number;
    /** On a route behind a JWT authorizer: the claims of the token it verified. */
    readonly authorizer?: {
      readonly jwt: {
        readonly claims: Readonly<Record<string, string>>;
        readonly scopes: readonly string[] | null;
      };
    };
  };
  readonly body?: string;
  readonly isBase64Encoded: boolean;
}

/** A Lambda function's answer to an HTTP API event (payload format 2.0). */
export interface HttpApiResult {
  readonly statusCode: number;
  readonly headers?: Record<string, string>;
  readonly multiValueHeaders?: Record<string, string[]>;
  readonly cookies?: string[];
  readonly body?: string;
  readonly isBase64Encoded?: boolean;
}

/** The cards gateway's routes, as infra's `ApiConstruct.routeCardsGateway` declares them. */
export const CARDS_GATEWAY_ROUTES = ['POST /oauth/token', 'ANY /cards/{proxy+}'] as const;

/**
 * The portal API's route behind the user pool's JWT authorizer, as `ApiConstruct.routePortalApi`
 * declares it (the spec's few public routes, the bank's redirect back, are not served here).
 */
export const PORTAL_API_ROUTES = ['ANY /v1/{proxy+}'] as const;

const API_ID = 'harness';
const DOMAIN = `${API_ID}.execute-api.eu-west-1.amazonaws.com`;

/** The HTTP API's base URL, as infra passes `apiEndpoint` to the portal API. */
export const API_ENDPOINT = `https://${DOMAIN}`;

/** Who calls through API Gateway: where from, and the person a JWT authorizer verified, if any. */
export interface ApiGatewayCaller {
  readonly sourceIp?: string;
  readonly person?: SignedInPerson;
}

/**
 * The event API Gateway sends for `request` on the route of `routes` it matches: headers
 * lower-cased (repeated ones joined by commas), cookies apart, query parameters joined by commas,
 * a text body as is and any other base64-encoded; for a `person`, the claims of their ID token as
 * the JWT authorizer hands them over.
 */
export async function httpApiEvent(
  request: Request,
  routes: readonly string[] = CARDS_GATEWAY_ROUTES,
  caller: ApiGatewayCaller = {},
): Promise<HttpApiEvent> {
  const sourceIp = caller.sourceIp ?? '198.51.100.10';
  const url = new URL(request.url);
  const route = matchRoute(routes, request.method, url.pathname);
  if (!route)
    throw new Error(`No route of ${routes.join(', ')} matches ${request.method} ${url.pathname}`);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    if (name !== 'cookie') headers[name] = value;
  });
  headers.host = DOMAIN;
  headers['x-forwarded-for'] = sourceIp;
  headers['x-forwarded-proto'] = 'https';
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) {
    query[name] = query[name] === undefined ? value : `${query[name]},${value}`;
  }
  const cookies = request.headers.get('cookie')?.split(/;\s*/);
  const bytes = Buffer.from(await request.arrayBuffer());
  const text = isText(request.headers.get('content-type')) ? bytes.toString('utf8') : undefined;
  const now = new Date();
  return {
    version: '2.0',
    routeKey: route.key,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    ...(cookies && { cookies }),
    headers,
    ...(url.search && { queryStringParameters: query }),
    ...(route.pathParameters && { pathParameters: route.pathParameters }),
    requestContext: {
      accountId: '111122223333',
      apiId: API_ID,
      domainName: DOMAIN,
      domainPrefix: API_ID,
      http: {
        method: request.method,
        path: url.pathname,
        protocol: 'HTTP/1.1',
        sourceIp,
        userAgent: request.headers.get('user-agent') ?? '',
      },
      requestId: randomUUID(),
      routeKey: route.key,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
      ...(caller.person && {
        authorizer: { jwt: { claims: jwtAuthorizerClaims(caller.person, now), scopes: null } },
      }),
    },
    ...(bytes.length > 0 && { body: text ?? bytes.toString('base64') }),
    isBase64Encoded: bytes.length > 0 && text === undefined,
  };
}

/** The `Response` API Gateway makes of a function's result (payload format 2.0). */
export function httpApiResponse(result: HttpApiResult): Response {
  const headers = new Headers(result.headers);
  for (const [name, values] of Object.entries(result.multiValueHeaders ?? {})) {
    for (const value of values) headers.append(name, value);
  }
  for (const cookie of result.cookies ?? []) headers.append('set-cookie', cookie);
  const body =
    result.body === undefined || result.body === ''
      ? null
      : result.isBase64Encoded
        ? Buffer.from(result.body, 'base64')
        : result.body;
  return new Response(body, { status: result.statusCode, headers });
}

function matchRoute(
  routes: readonly string[],
  method: string,
  path: string,
): { key: string; pathParameters?: Record<string, string> } | undefined {
  for (const key of routes) {
    const [routeMethod = '', routePath = ''] = key.split(' ');
    if (routeMethod !== 'ANY' && routeMethod !== method) continue;
    const greedy = routePath.endsWith('/{proxy+}');
    if (greedy) {
      const prefix = routePath.slice(0, -'{proxy+}'.length);
      if (path.startsWith(prefix) && path.length > prefix.length) {
        return { key, pathParameters: { proxy: path.slice(prefix.length) } };
      }
    } else if (routePath === path) {
      return { key };
    }
  }
  return undefined;
}

function isText(contentType: string | null): boolean {
  if (!contentType) return true;
  return /^(text\/|application\/(json|x-www-form-urlencoded|.*\+json))/.test(contentType);
}
