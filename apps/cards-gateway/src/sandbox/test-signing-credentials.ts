import type { SandboxUsers } from '@devportal/bank-access';
import { withDeadline } from '@devportal/http-transport';
import type { BankCallContext } from '../bank/bank-call.js';
import { authenticate } from '../bank/bank-call.js';
import { bankNotice, gatewayTokenRefused } from '../bank/bank-refusal.js';
import { SANDBOX_USER_LOGIN } from './sandbox-user-selector.js';

/** Where the gateway serves the sandbox contour's test signing credentials. */
export const TEST_SIGNING_CREDENTIALS_PATH = '/cards/sandbox/test-signing-credentials';

/** Where the gateway lists the sandbox's seeded users a sandbox call may act as. */
export const SANDBOX_USERS_PATH = '/cards/sandbox/users';

const SANDBOX_TIMEOUT_MS = 10_000;

type SandboxResourceContext = Pick<
  BankCallContext,
  'tokens' | 'credentials' | 'contours' | 'onFault'
>;

/**
 * `GET /cards/sandbox/test-signing-credentials[?user=<login>]`: the test key and certificate of
 * the sandbox's seeded user `user` (else the one the sandbox contour acts as by default), so a
 * partner signs limit changes for the sandbox contour with the gateway's credentials alone. The
 * sandbox's own answer (`certificateUuid`, `privateKeyPem`, `certificatePem`, …); `404 NOT_FOUND`
 * for a user the sandbox lacks or who cannot sign.
 */
export function serveTestSigningCredentials(
  request: Request,
  ctx: SandboxResourceContext,
): Promise<Response> {
  const login = new URL(request.url).searchParams.get('user');
  if (login !== null && !SANDBOX_USER_LOGIN.test(login)) {
    return Promise.resolve(noSuchUser());
  }
  return serveFromSandbox(request, ctx, (users) =>
    users.testCredentialsUrl(login ?? users.defaultLogin),
  );
}

/**
 * `GET /cards/sandbox/users`: the sandbox's seeded users (`login`, `fullName`, `organization`,
 * `cardCount`, `signAuthorities`), whom a sandbox call may act as with `X-Sandbox-User`, and
 * `defaultLogin`, whom it acts as without.
 */
export function serveSandboxUsers(
  request: Request,
  ctx: SandboxResourceContext,
): Promise<Response> {
  return serveFromSandbox(
    request,
    ctx,
    (users) => users.listUrl,
    (text, users) => JSON.stringify({ ...JSON.parse(text), defaultLogin: users.defaultLogin }),
  );
}

/**
 * The sandbox's answer at `urlOf`, only to a gateway token that carries a sandbox plan, with
 * `Cache-Control: no-store`. Refusals are in the bank's format.
 */
async function serveFromSandbox(
  request: Request,
  ctx: SandboxResourceContext,
  urlOf: (users: SandboxUsers) => string,
  shape: (text: string, users: SandboxUsers) => string = (text) => text,
): Promise<Response> {
  const claims = await authenticate(request.headers.get('authorization'), ctx);
  if (!claims) {
    return gatewayTokenRefused();
  }
  if (!claims.plans.some((plan) => plan.contour === 'sandbox')) {
    return bankNotice(
      403,
      'ACTION_ACCESS_EXCEPTION',
      'Тестовые пользователи и ключи подписи доступны только планам тестового контура',
    );
  }
  const users = ctx.contours.sandbox?.sandboxUsers;
  if (!users) return bankNotice(404, 'NOT_FOUND', 'Тестовый контур не подключен к шлюзу');
  try {
    const answer = await withDeadline(SANDBOX_TIMEOUT_MS, async (signal) => {
      const response = await fetch(urlOf(users), { signal });
      if (response.status === 404) {
        await response.body?.cancel();
        return undefined;
      }
      if (!response.ok) throw new Error(`the sandbox answered ${response.status}`);
      return response.text();
    });
    if (answer === undefined) return noSuchUser();
    return new Response(shape(answer, users), {
      status: 200,
      headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
    });
  } catch (error) {
    ctx.onFault('sandbox users', error);
    return bankNotice(
      503,
      'UNAVAILABLE_RESOURCE_EXCEPTION',
      'Тестовый контур временно недоступен',
      {
        'retry-after': '1',
      },
    );
  }
}

function noSuchUser(): Response {
  return bankNotice(
    404,
    'NOT_FOUND',
    'Пользователь тестового контура с таким логином не найден или не может подписывать',
  );
}
