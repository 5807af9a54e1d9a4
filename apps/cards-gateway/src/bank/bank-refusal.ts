import { randomUUID } from 'node:crypto';

/** The bank's `Notice` causes the gateway answers with itself. */
export type GatewayNoticeCause =
  | 'UNAUTHORIZED'
  | 'ACTION_ACCESS_EXCEPTION'
  | 'NOT_FOUND'
  | 'UNKNOWN_EXCEPTION'
  | 'UNAVAILABLE_RESOURCE_EXCEPTION';

/**
 * An error in the bank's own format (`Notice`, with a fresh `referenceId`), so a client of the
 * bank reads the gateway's refusals as it reads the bank's. The messages are the gateway's.
 */
export function bankNotice(
  status: number,
  cause: GatewayNoticeCause,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ cause, referenceId: randomUUID(), message }), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** The bank's `ResourceFault` for a request body the gateway will not read. */
export function bodyTooLarge(maxBytes: number): Response {
  return new Response(
    JSON.stringify({
      cause: 'DESERIALIZATION_FAULT',
      referenceId: randomUUID(),
      message: `Тело запроса больше ${maxBytes} байт`,
      checks: [],
    }),
    { status: 400, headers: { 'content-type': 'application/json' } },
  );
}
