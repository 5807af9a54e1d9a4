import type { OrganisationTokens } from '@devportal/bank-access';
import type { PlanClaim } from '../auth/gateway-claims.js';
import { responseOf } from '../bank/bank-answer.js';
import { bankNotice, validationFault } from '../bank/bank-refusal.js';
import type { ContourRoute } from '../contours/bank-contours.js';

/**
 * The sandbox-only request header naming the seeded sandbox user a call acts as (a login of
 * `GET /cards/sandbox/users`). Without it the sandbox contour acts as its default user.
 */
export const SANDBOX_USER_HEADER = 'x-sandbox-user';

/** What a seeded user's login may look like; anything else never reaches the sandbox. */
export const SANDBOX_USER_LOGIN = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/**
 * The organisation's tokens a call uses on its plan's contour: the contour's own, or, when the
 * call names a sandbox user, the sandbox contour's as that user (in the organisation's own tenant,
 * so the user's cards are the seed's and the documents stay the organisation's). A production
 * plan, where the bank decides who the organisation is, refuses the header before any bank call;
 * so does a value that is no login. Refusals are in the bank's format.
 */
export function tokensForCall(
  request: Request,
  plan: PlanClaim,
  contour: ContourRoute,
  requestId: string,
): OrganisationTokens | { readonly refused: Response } {
  const login = request.headers.get(SANDBOX_USER_HEADER);
  if (login === null) return contour;
  if (plan.contour !== 'sandbox' || !contour.sandboxUsers) {
    return {
      refused: bankNotice(
        403,
        'ACTION_ACCESS_EXCEPTION',
        'Заголовок X-Sandbox-User действует только на планах тестового контура',
      ),
    };
  }
  if (!SANDBOX_USER_LOGIN.test(login)) return { refused: unknownSandboxUser(requestId) };
  return contour.sandboxUsers.as(login);
}

/**
 * The bank's `400 VALIDATION_FAULT` naming the header, for a value that is no seeded user's login
 * (every bank operation declares 400; the header is a field of the request as the gateway reads it).
 */
export function unknownSandboxUser(requestId: string): Response {
  return responseOf(
    validationFault('Пользователь тестового контура с таким логином не найден', ['X-Sandbox-User']),
    requestId,
  );
}
