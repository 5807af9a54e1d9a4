import { withDeadline } from '@devportal/http-transport';
import {
  createAuthorizationRequest,
  type FetchFunction,
  SberOAuthClient,
  type SberTokenSet,
} from '@devportal/sber-client';
import { UnknownSandboxUserError } from '../contour-access.js';

/** The shared demo organisation of the sandbox contour and how the gateway signs in as it. */
export interface SandboxDemoSettings {
  /** The sandbox's SberBusiness ID authorize and token URLs. */
  readonly authorizeUrl: string;
  readonly tokenUrl: string;
  /** The gateway's OAuth client at the sandbox. */
  readonly clientId: string;
  readonly clientSecret: string;
  /** A redirect URI registered for the client; nothing listens there, the code is read from the redirect. */
  readonly redirectUri: string;
  /** The seeded user who consents (`login_hint`), and so the demo organisation. */
  readonly login: string;
  readonly scopes: readonly string[];
  /** The `fetch` to reach the sandbox with (global by default). */
  readonly fetch?: FetchFunction;
  /** Limit of each exchange with the sandbox's SberBusiness ID (default 10 s). */
  readonly timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/** Renew the demo token when it has less than this left. */
const REFRESH_AHEAD_MS = 60_000;

interface HeldToken {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly expiresAtMs: number;
}

/**
 * The access token of one organisation in the sandbox's shared demo organisation, for
 * organisations calling test APIs without a bank connection of their own ("test APIs are open to
 * every registered user"). Signed in headlessly as the organisation's tenant (the sandbox's
 * `tenant` authorize parameter), so the sandbox keeps its documents apart from every other
 * organisation's: the sandbox consents at once for `login_hint`, and the code is read from the
 * redirect. Renewed with the refresh token (which keeps the tenant) ahead of expiry, a new
 * sign-in if that fails; one renewal at a time.
 */
export class SandboxDemoSession {
  private readonly oauth: SberOAuthClient;
  private held: HeldToken | undefined;
  private renewing: Promise<HeldToken> | undefined;

  constructor(
    private readonly settings: SandboxDemoSettings,
    /** The organisation the session acts for: its tenant id at the sandbox. */
    private readonly tenant: string,
    private readonly now: () => number,
  ) {
    this.oauth = new SberOAuthClient({
      tokenUrl: settings.tokenUrl,
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
      timeoutMs: settings.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      ...(settings.fetch && { fetch: settings.fetch }),
    });
  }

  /** A valid access token of the demo organisation. */
  async accessToken(): Promise<string> {
    const held = this.held;
    if (held && held.expiresAtMs - this.now() > REFRESH_AHEAD_MS) return held.accessToken;
    this.renewing ??= this.renew(held).finally(() => {
      this.renewing = undefined;
    });
    return (await this.renewing).accessToken;
  }

  /** Forgets `accessToken` after the sandbox refused it (e.g. the sandbox restarted). */
  invalidate(accessToken: string): void {
    if (this.held?.accessToken === accessToken) this.held = undefined;
  }

  private async renew(held: HeldToken | undefined): Promise<HeldToken> {
    const tokens = held
      ? await this.oauth.refresh(held.refreshToken).catch(() => this.signIn())
      : await this.signIn();
    this.held = {
      accessToken: tokens.accessToken,
      refreshToken: tokens.refreshToken,
      expiresAtMs: this.now() + tokens.expiresIn * 1000,
    };
    return this.held;
  }

  private async signIn(): Promise<SberTokenSet> {
    const { settings } = this;
    const request = createAuthorizationRequest({
      authorizeUrl: settings.authorizeUrl,
      clientId: settings.clientId,
      redirectUri: settings.redirectUri,
      scopes: settings.scopes,
      loginHint: settings.login,
    });
    const authorizeUrl = new URL(request.url);
    authorizeUrl.searchParams.set('tenant', this.tenant);
    // The consent page's answer is read whole under the deadline, whose timer then stops.
    const { location, status } = await withDeadline(
      settings.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      async (signal) => {
        const consent = await (settings.fetch ?? fetch)(
          new Request(authorizeUrl, { redirect: 'manual', signal }),
        );
        await consent.body?.cancel();
        return { location: consent.headers.get('location'), status: consent.status };
      },
    );
    const redirect = location ? new URL(location) : undefined;
    const code = redirect?.searchParams.get('code');
    // The sandbox names a login it has no seeded user for; the caller chose it, so it is theirs.
    if (redirect?.searchParams.get('error_description')?.startsWith('unknown login_hint')) {
      throw new UnknownSandboxUserError(settings.login);
    }
    if (!code || redirect?.searchParams.get('state') !== request.state) {
      throw new Error(
        `The sandbox gave no authorization code for ${settings.login} (status ${status}, ${redirect?.searchParams.get('error') ?? 'no error'})`,
      );
    }
    return this.oauth.exchangeCode({
      code,
      redirectUri: settings.redirectUri,
      codeVerifier: request.codeVerifier,
    });
  }
}
