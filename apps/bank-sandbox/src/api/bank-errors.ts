import { randomUUID } from 'node:crypto';
import type { Violation } from '@devportal/openapi-contract';
import type { BankCause, FaultCheck } from '@devportal/sber-client/contract';
import { json, type SandboxResponse } from '../http/response.js';

/** The bank's error catalogue: status and message per cause, as the seed documents them. Declared once, read by code, README and tests. */
export const BANK_ERRORS: Readonly<Record<BankCause, { status: number; message: string }>> = {
  DESERIALIZATION_FAULT: { status: 400, message: 'Неверный формат запроса' },
  VALIDATION_FAULT: { status: 400, message: 'Ошибка валидации' },
  UNAUTHORIZED: { status: 401, message: 'accessToken not found by value =' },
  ACTION_ACCESS_EXCEPTION: {
    status: 403,
    message: 'Операция не может быть выполнена: доступ к ресурсу запрещен',
  },
  NOT_FOUND: { status: 404, message: 'Документ с указанным ID не найден' },
  UNKNOWN_EXCEPTION: { status: 500, message: 'Внутренняя ошибка сервера' },
  UNAVAILABLE_RESOURCE_EXCEPTION: { status: 503, message: 'Внутренняя ошибка сервера' },
  WORKFLOW_FAULT: {
    status: 202,
    message:
      'Документ сохранен, но обработка ЭП или принятие документа завершились ошибкой. ЭП не может быть принята',
  },
};

/** An error body in the bank's format, with a fresh `referenceId`. */
export function bankError(
  cause: BankCause,
  detail: {
    message?: string;
    checks?: FaultCheck[];
    fieldNames?: string[];
    headers?: Record<string, string>;
  } = {},
): SandboxResponse {
  const { status, message } = BANK_ERRORS[cause];
  const body: Record<string, unknown> = {
    cause,
    referenceId: randomUUID(),
    message: detail.message ?? message,
  };
  if (detail.checks !== undefined) body.checks = detail.checks;
  if (detail.fieldNames !== undefined) body.fieldNames = detail.fieldNames;
  return json(status, body, detail.headers);
}

/**
 * The 401 body. The bank echoes the token it could not find; the sandbox echoes only its shape
 * (`xxxxxxxx-…-x`, as the bank's own documentation writes it), so no credential reaches a body or a log.
 */
export function unauthorized(token: string | undefined): SandboxResponse {
  const shape = (token ?? '').replace(/[0-9A-Za-z]/g, 'x');
  return bankError('UNAUTHORIZED', { message: `${BANK_ERRORS.UNAUTHORIZED.message}${shape}` });
}

const KEYWORD_MESSAGES: Record<string, string> = {
  required: 'обязательное поле не заполнено',
  pattern: 'значение не соответствует формату',
  format: 'значение не соответствует формату',
  enum: 'недопустимое значение',
  const: 'недопустимое значение',
  type: 'неверный тип значения',
  minimum: 'значение меньше допустимого',
  maximum: 'значение больше допустимого',
  minItems: 'слишком мало элементов',
  maxItems: 'слишком много элементов',
  uniqueItems: 'значения повторяются',
  minLength: 'значение короче допустимого',
  maxLength: 'значение длиннее допустимого',
};

/** A check per contract violation: the Russian reason, with the schema's own wording in brackets. */
export function checksOf(violations: readonly Violation[]): FaultCheck[] {
  return violations.map((v) => ({
    level: 'ERROR',
    message: `${v.field}: ${KEYWORD_MESSAGES[v.keyword] ?? 'некорректное значение'} (${v.message})`,
    fields: [v.field],
  }));
}

/** A VALIDATION_FAULT naming the fields at fault. */
export function validationFault(checks: FaultCheck[]): SandboxResponse {
  const fieldNames = [...new Set(checks.flatMap((c) => c.fields ?? []))];
  return bankError('VALIDATION_FAULT', { checks, fieldNames });
}
