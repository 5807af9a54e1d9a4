import type { Card } from '../model.js';

/** The largest limit the sandbox bank accepts, in roubles. */
export const MAX_LIMIT = 10_000_000;

/**
 * The sandbox bank's deterministic refusal rule: a signed request is refused (`REFUSEDBYBANK`, at
 * the step where it would be ACCEPTED) when the card is not ACTIVE, when the card has no limit
 * with that code, or when the limit exceeds {@link MAX_LIMIT}. The first reason that applies is the
 * `bankComment`; `undefined` means the request will be implemented.
 */
export function refusalReason(
  card: Card,
  change: { code: string; limit: number },
): string | undefined {
  if (card.status !== 'ACTIVE') {
    return `Изменение лимита невозможно: карта в статусе ${card.status}`;
  }
  if (!card.limits.some((l) => l.code === change.code)) {
    return `Для карты не установлен лимит с кодом ${change.code}`;
  }
  if (change.limit > MAX_LIMIT) {
    return `Размер лимита превышает максимально допустимый (${MAX_LIMIT.toFixed(2)})`;
  }
  return undefined;
}
