import { randomUUID } from 'node:crypto';
import type {
  components,
  FaultCheck,
  NoticeCause,
  ResourceFaultCause,
} from '@devportal/sber-client/contract';
import type { BankAnswer } from './bank-answer.js';

/**
 * An error in the bank's own format (`Notice`, with a fresh `referenceId`), so a client of the
 * bank reads the gateway's refusals as it reads the bank's. The messages are the gateway's.
 */
export function bankNotice(
  status: number,
  cause: NoticeCause,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ cause, referenceId: randomUUID(), message }), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** The bank's `401 UNAUTHORIZED` for a gateway token missing, forged, expired or revoked. */
export function gatewayTokenRefused(): Response {
  return bankNotice(
    401,
    'UNAUTHORIZED',
    'Токен доступа шлюза не найден, подделан, истек или отозван',
  );
}

/**
 * The bank's `503 UNAVAILABLE_RESOURCE_EXCEPTION` (`Notice`) with `Retry-After`, for a contour
 * whose circuit breaker is open: the gateway answers for the bank until the cool-down ends.
 */
export function bankUnavailable(retryAfterSeconds: number): BankAnswer {
  const notice: components['schemas']['Notice'] = {
    cause: 'UNAVAILABLE_RESOURCE_EXCEPTION',
    referenceId: randomUUID(),
    message: 'Банк временно недоступен: повторите запрос позже',
  };
  return {
    status: 503,
    contentType: 'application/json',
    retryAfter: String(retryAfterSeconds),
    body: Buffer.from(JSON.stringify(notice), 'utf8'),
  };
}

/**
 * `413` with the bank's `ResourceFault` (`DESERIALIZATION_FAULT`, the bank's cause for a body it
 * cannot read) for a request body over the gateway's cap, whose rest is never read.
 */
export function bodyTooLarge(maxBytes: number): BankAnswer {
  return {
    ...resourceFault('DESERIALIZATION_FAULT', `Тело запроса больше ${maxBytes} байт`, []),
    status: 413,
  };
}

/** The bank's `VALIDATION_FAULT`, one check naming `fieldNames`, as the bank refuses values. */
export function validationFault(message: string, fieldNames: string[]): BankAnswer {
  return resourceFault('VALIDATION_FAULT', message, fieldNames);
}

function resourceFault(
  cause: ResourceFaultCause,
  message: string,
  fieldNames: string[],
): BankAnswer {
  const checks: FaultCheck[] =
    fieldNames.length > 0 ? [{ level: 'ERROR', message, fields: fieldNames }] : [];
  const fault: components['schemas']['ResourceFault'] = {
    cause,
    referenceId: randomUUID(),
    message,
    checks,
    ...(fieldNames.length > 0 && { fieldNames }),
  };
  return {
    status: 400,
    contentType: 'application/json',
    retryAfter: undefined,
    body: Buffer.from(JSON.stringify(fault), 'utf8'),
  };
}
