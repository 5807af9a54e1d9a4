/** Where SberBusiness ID's authorization code flow runs: the consent page and the token endpoint. */
export interface SberOAuthEndpoints {
  /** Opened in the user's browser. */
  readonly authorizeUrl: string;
  /** Called server to server (with the client certificate in production). */
  readonly tokenUrl: string;
}

const AUTHORIZE_PATH = '/ic/sso/api/v2/oauth/authorize';
const TOKEN_PATH = '/ic/sso/api/v2/oauth/token';

/** The bank's contours (spec/sber-business-cards.yaml, `servers` of the OAuth paths). */
export const sberOAuthEndpoints = {
  test: {
    authorizeUrl: `https://efs-sbbol-ift-web.testsbi.sberbank.ru:9443${AUTHORIZE_PATH}`,
    tokenUrl: `https://iftfintech.testsbi.sberbank.ru:9443${TOKEN_PATH}`,
  },
  production: {
    authorizeUrl: `https://sbi.sberbank.ru:9443${AUTHORIZE_PATH}`,
    tokenUrl: `https://fintech.sberbank.ru:9443${TOKEN_PATH}`,
  },
} as const satisfies Record<string, SberOAuthEndpoints>;

/** The endpoints of a server that hosts both at its root, such as the bank sandbox. */
export function sberOAuthEndpointsAt(origin: string): SberOAuthEndpoints {
  const base = origin.replace(/\/+$/, '');
  return { authorizeUrl: `${base}${AUTHORIZE_PATH}`, tokenUrl: `${base}${TOKEN_PATH}` };
}
