import type { MailMessage } from './mail-message.js';
import type { MailSender } from './mail-sender.js';

/** How long a send may hold up the answer of the request that caused it (3 s). */
export const DEFAULT_SEND_BUDGET_MS = 3000;

/** What is reported of a send that failed: the kind of message and the error, never its content. */
export interface MailFault {
  readonly kind: MailMessage['kind'];
  readonly error: string;
  readonly message: string;
}

/**
 * Sends `message` once the change it reports has committed, without letting the mail server
 * decide the change's fate: a failure or a send slower than `budgetMs` is reported to `onFault`
 * (kind and error only: links carry tokens) and the caller's answer goes on. Awaited before the
 * answer, as Lambda freezes whatever runs after it; the budget's timer is cleared either way, so
 * no timer outlives the call.
 */
export async function sendAfterCommit(
  sender: MailSender,
  message: MailMessage,
  onFault: (fault: MailFault) => void,
  budgetMs: number = DEFAULT_SEND_BUDGET_MS,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const overBudget = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new MailBudgetExceeded(budgetMs)), budgetMs);
  });
  try {
    await Promise.race([sender.send(message), overBudget]);
  } catch (error) {
    onFault({
      kind: message.kind,
      error: error instanceof Error ? error.name : 'Error',
      message: error instanceof Error ? error.message : String(error),
    });
  } finally {
    clearTimeout(timer);
  }
}

/** A send that took longer than its budget (it may still be delivered). */
export class MailBudgetExceeded extends Error {
  override readonly name = 'MailBudgetExceeded';
  constructor(budgetMs: number) {
    super(`the mail server did not accept the message within ${budgetMs} ms`);
  }
}
