/** The bank's answer as the gateway passes it on: status, body and the headers that mean something. */
export interface BankAnswer {
  readonly status: number;
  readonly contentType: string | undefined;
  readonly retryAfter: string | undefined;
  readonly body: Uint8Array;
}

/** `answer` as an HTTP response of the gateway, with the call's request id. */
export function responseOf(answer: BankAnswer, requestId: string): Response {
  const headers: Record<string, string> = { 'x-request-id': requestId };
  if (answer.contentType) headers['content-type'] = answer.contentType;
  if (answer.retryAfter) headers['retry-after'] = answer.retryAfter;
  const body = answer.body.byteLength === 0 ? null : answer.body;
  return new Response(body, { status: answer.status, headers });
}
