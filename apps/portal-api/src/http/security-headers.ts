/**
 * The security headers of everything the portal serves to a browser, declared once: CloudFront's
 * response headers policy sets them on the website in AWS (infra's `WebConstruct`), and the Node
 * runtime sets them on every answer it gives ({@link withSecurityHeaders}).
 */

/** Referrers would carry the portal's paths (organisation and application ids) to other sites. */
export const REFERRER_POLICY = 'no-referrer';

/** No page of the portal is meant to be framed (clickjacking). */
export const FRAME_OPTIONS = 'DENY';

/** How long a browser keeps to HTTPS once told (a year, subdomains included). */
export const STRICT_TRANSPORT_SECURITY_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/**
 * The site's Content-Security-Policy: its own scripts and styles only (the build inlines none),
 * images of its own or `data:` (the icon), and calls to its own origin plus `connectSources` (in
 * AWS the HTTP API and Cognito, which live on other origins).
 */
export function contentSecurityPolicy(connectSources: readonly string[] = []): string {
  return [
    "default-src 'self'",
    ["connect-src 'self'", ...connectSources].join(' '),
    "img-src 'self' data:",
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** Where the site's `/config.json` sends its sign-in calls (apps/portal-web's `identity`). */
export type SiteIdentity =
  | { readonly kind: 'dev'; readonly url: string }
  | { readonly kind: 'cognito'; readonly region: string; readonly endpoint?: string };

/** Cognito's user-pool API a site is configured with: its `endpoint` (an emulator), else its region's. */
export function cognitoEndpointOf(identity: {
  readonly region: string;
  readonly endpoint?: string;
}): string {
  return identity.endpoint ?? `https://cognito-idp.${identity.region}.amazonaws.com`;
}

/**
 * The origins a site's sign-in calls go to besides its own, for its CSP's `connect-src`: the
 * Cognito endpoint it is configured with, or its identity provider's origin when that is absolute
 * (a relative one is the site's own, which `'self'` covers). Cognito's regional endpoint is taken
 * as written: in CDK its region may be a token that no URL parser reads.
 */
export function identityConnectSources(identity: SiteIdentity): string[] {
  if (identity.kind === 'cognito') {
    return [
      identity.endpoint === undefined
        ? cognitoEndpointOf(identity)
        : originOf(identity.endpoint, 'identity.endpoint'),
    ];
  }
  return URL.canParse(identity.url) ? [originOf(identity.url, 'identity.url')] : [];
}

function originOf(url: string, name: string): string {
  const { origin, protocol } = new URL(url);
  if (protocol !== 'https:' && protocol !== 'http:') {
    throw new TypeError(`${name} must be an http(s) URL`);
  }
  return origin;
}

/** How a server on one origin sets the security headers. */
export interface SecurityHeaderOptions {
  readonly https: boolean;
  /** Other origins its pages may call (see {@link contentSecurityPolicy}); none by default. */
  readonly connectSources?: readonly string[];
}

/**
 * The headers for an answer of a server on one origin. HSTS only over HTTPS: over plain http a
 * browser ignores it, and on a shared name such as `localhost` it would pin other local servers
 * to HTTPS.
 */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(options.connectSources),
    'x-content-type-options': 'nosniff',
    'referrer-policy': REFERRER_POLICY,
    'x-frame-options': FRAME_OPTIONS,
    ...(options.https && {
      'strict-transport-security': `max-age=${STRICT_TRANSPORT_SECURITY_MAX_AGE_SECONDS}; includeSubDomains`,
    }),
  };
}

/**
 * `fetch` with the security headers set on every answer it gives, whoever made it (an API's JSON,
 * a problem, a 404, a static file), replacing any an app set itself.
 */
export function withSecurityHeaders<Args extends unknown[]>(
  fetch: (request: Request, ...rest: Args) => Response | Promise<Response>,
  options: SecurityHeaderOptions,
): (request: Request, ...rest: Args) => Promise<Response> {
  const headers = Object.entries(securityHeaders(options));
  return async (request, ...rest) => {
    const answer = await fetch(request, ...rest);
    // A Response's headers may be immutable (a redirect, a fetched answer): copy them.
    const answered = new Headers(answer.headers);
    for (const [name, value] of headers) answered.set(name, value);
    return new Response(answer.body, {
      status: answer.status,
      statusText: answer.statusText,
      headers: answered,
    });
  };
}
