import type { BankTokens } from '@devportal/portal-domain';
import {
  createAuthorizationRequest,
  SBER_REFRESH_TOKEN_LIFETIME_SECONDS,
  SberError,
  type SberTokenSet,
} from '@devportal/sber-client';
import { httpProblem, ProblemError } from '../http/problem.js';
import type { PortalServices } from '../portal-services.js';
import { created, type HandlerTable, noContent, ok } from './operation-call.js';

type BankConnectionOperations =
  | 'getBankConnection'
  | 'disconnectBank'
  | 'startBankAuthorization'
  | 'completeBankAuthorization';

/** The services the business-cards product needs, asked for unless the request names others. */
export const DEFAULT_BANK_SCOPES = ['BUSINESS_CARD_LIMIT', 'CORPORATE_CARDS', 'GET_CRYPTO_INFO'];
const DEFAULT_STATE_LIFETIME_SECONDS = 600;
/** The bank's own error codes are plain words; anything else from the query is not repeated. */
const OAUTH_ERROR_CODE = /^[a-z_]{1,64}$/;

/** The organisation's SberBusiness ID connection: status, connecting (two legs), disconnecting. */
export function bankConnectionRoutes(
  services: PortalServices,
): Pick<HandlerTable, BankConnectionOperations> {
  const { bankConnections, bankAuthorizations, bankOAuth, clock } = services;
  return {
    async getBankConnection(call) {
      return ok(await bankConnections.status(call.scope));
    },
    async disconnectBank(call) {
      await bankConnections.disconnect(call.actor, call.scope);
      return noContent;
    },
    async startBankAuthorization(call) {
      const settings = bankOAuth.settings;
      const asked = call.body?.scopes ?? settings.defaultScopes ?? DEFAULT_BANK_SCOPES;
      const request = createAuthorizationRequest({
        authorizeUrl: settings.authorizeUrl,
        clientId: settings.clientId,
        redirectUri: settings.redirectUri,
        scopes: asked,
      });
      const lifetimeMs = (settings.stateLifetimeSeconds ?? DEFAULT_STATE_LIFETIME_SECONDS) * 1000;
      const expiresAt = new Date(clock.now().getTime() + lifetimeMs).toISOString();
      await bankAuthorizations.remember(request.state, {
        organisationId: call.scope.organisation.id,
        userId: call.actor.userId,
        email: call.actor.email,
        scopes: asked,
        codeVerifier: request.codeVerifier,
        expiresAt,
      });
      return created({ authorizeUrl: request.url, expiresAt });
    },
    async completeBankAuthorization(call) {
      const { state, code, error } = call.body;
      const pending = await bankAuthorizations.consume(state, call.actor.userId);
      if (!pending) throw new ProblemError(httpProblem('bank_authorization_not_found'));
      if (code === undefined || error !== undefined) {
        const said = error !== undefined && OAUTH_ERROR_CODE.test(error) ? `: ${error}` : '';
        throw new ProblemError(
          httpProblem('bank_authorization_refused', { detail: `SberBusiness ID answered${said}` }),
        );
      }
      const tokens = await exchange(services, code, pending.codeVerifier);
      // The callback's path names no organisation for the gate: the one the authorization was
      // started for is authorised here, for the person who started it.
      const scope = await services.access.authorise(
        call.actor,
        pending.organisationId,
        'bankConnection.manage',
      );
      const connection = await bankConnections.connect(call.actor, scope, tokens);
      return ok({ organizationId: pending.organisationId, connection });
    },
  };
}

async function exchange(
  services: PortalServices,
  code: string,
  codeVerifier: string,
): Promise<BankTokens> {
  const { client, settings } = services.bankOAuth;
  let issued: SberTokenSet;
  try {
    issued = await client.exchangeCode({ code, redirectUri: settings.redirectUri, codeVerifier });
  } catch (error) {
    if (!(error instanceof SberError)) throw error;
    throw new ProblemError(
      httpProblem('bank_authorization_refused', {
        detail: `The code exchange failed (${error.name})`,
      }),
    );
  }
  const now = services.clock.now().getTime();
  return {
    accessToken: issued.accessToken,
    refreshToken: issued.refreshToken,
    accessTokenExpiresAt: new Date(now + issued.expiresIn * 1000).toISOString(),
    refreshTokenExpiresAt: new Date(now + SBER_REFRESH_TOKEN_LIFETIME_SECONDS * 1000).toISOString(),
    scopes: issued.scopes,
  };
}
