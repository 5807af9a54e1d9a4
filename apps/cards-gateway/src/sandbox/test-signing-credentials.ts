import { withDeadline } from '@devportal/http-transport';
import type { BankCallContext } from '../bank/bank-call.js';
import { authenticate } from '../bank/bank-call.js';
import { bankNotice, gatewayTokenRefused } from '../bank/bank-refusal.js';

/** Where the gateway serves the sandbox contour's test signing credentials. */
export const TEST_SIGNING_CREDENTIALS_PATH = '/cards/sandbox/test-signing-credentials';

const SANDBOX_TIMEOUT_MS = 10_000;

/**
 * `GET /cards/sandbox/test-signing-credentials`: the test key and certificate of the sandbox's
 * seeded user whom the sandbox contour acts as, so a partner signs limit changes for the sandbox
 * contour with the gateway's credentials alone. It answers only a gateway token that carries a
 * sandbox plan, with the sandbox's own answer (`certificateUuid`, `privateKeyPem`,
 * `certificatePem`, …) and `Cache-Control: no-store`. Refusals are in the bank's format.
 */
export async function serveTestSigningCredentials(
  request: Request,
  ctx: Pick<BankCallContext, 'tokens' | 'credentials' | 'contours' | 'onFault'>,
): Promise<Response> {
  const claims = await authenticate(request.headers.get('authorization'), ctx);
  if (!claims) {
    return gatewayTokenRefused();
  }
  if (!claims.plans.some((plan) => plan.contour === 'sandbox')) {
    return bankNotice(
      403,
      'ACTION_ACCESS_EXCEPTION',
      'Тестовые ключи подписи выдаются только для планов тестового контура',
    );
  }
  const url = ctx.contours.sandbox?.testSigningCredentialsUrl;
  if (!url) return bankNotice(404, 'NOT_FOUND', 'Тестовый контур не подключен к шлюзу');
  try {
    const text = await withDeadline(SANDBOX_TIMEOUT_MS, async (signal) => {
      const answer = await fetch(url, { signal });
      if (!answer.ok) throw new Error(`the sandbox answered ${answer.status}`);
      return answer.text();
    });
    return new Response(text, {
      status: 200,
      headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
    });
  } catch (error) {
    ctx.onFault('sandbox test signing credentials', error);
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
