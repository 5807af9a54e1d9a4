import { fixedToken, providedTokens, type TokenSource } from '@devportal/http-transport';
import type { SberAuthOptions } from '../client/client-options.js';
import { SberConfigurationError } from '../errors/transport-errors.js';

export type { TokenProvider, TokenRequest } from '@devportal/http-transport';

/** A token source from either a fixed token or a provider. */
export function tokenSource(auth: Partial<SberAuthOptions>): TokenSource {
  if (auth.tokenProvider) return providedTokens(auth.tokenProvider);
  if (auth.accessToken === undefined) {
    throw new SberConfigurationError('createSberClient needs either accessToken or tokenProvider');
  }
  return fixedToken(auth.accessToken);
}
