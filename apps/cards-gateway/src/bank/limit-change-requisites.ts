import type { LimitChangeRecord } from '@devportal/portal-domain';
import { externalIdKey } from './external-id.js';

/** What identifies a limit-change create, read from its body. */
export interface Requisites {
  /** In its {@link externalIdKey} form. */
  readonly externalId: string;
  readonly businessCardId?: string;
  readonly code?: string;
  readonly limit?: number;
}

/** The requisites of a create's body; `undefined` when it has no usable `externalId`. */
export function requisitesOf(body: Uint8Array): Requisites | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(body).toString('utf8')) as Record<string, unknown>;
    if (typeof parsed?.externalId !== 'string' || parsed.externalId === '') return undefined;
    return {
      externalId: externalIdKey(parsed.externalId),
      ...(typeof parsed.businessCardId === 'string' && { businessCardId: parsed.businessCardId }),
      ...(typeof parsed.code === 'string' && { code: parsed.code }),
      ...(typeof parsed.limit === 'number' && { limit: parsed.limit }),
    };
  } catch {
    return undefined;
  }
}

/**
 * The fields in which `request` differs from a recorded (or in-flight) create, compared as the bank compares a
 * re-post: the card's UUID in any case, the code exactly, the limit as a number. A field the
 * record does not hold (records made before it was kept) is taken as matching.
 */
export function differingFields(
  recorded: Pick<LimitChangeRecord, 'businessCardId' | 'code' | 'limit'>,
  request: Requisites,
): string[] {
  const fields: string[] = [];
  if (
    recorded.businessCardId !== undefined &&
    recorded.businessCardId.toLowerCase() !== request.businessCardId?.toLowerCase()
  ) {
    fields.push('businessCardId');
  }
  if (recorded.code !== undefined && recorded.code !== request.code) fields.push('code');
  if (recorded.limit !== undefined && recorded.limit !== request.limit) fields.push('limit');
  return fields;
}
