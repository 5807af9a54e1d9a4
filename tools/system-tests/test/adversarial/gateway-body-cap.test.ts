import { once } from 'node:events';
import { request } from 'node:http';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { gatewayCaller } from '../support/gateway-caller.js';

/** The gateway's cap on a bank POST's body. */
const MAX_BODY_BYTES = 64 * 1024;
/** What the attacker is ready to stream before giving up on an answer. */
const ATTACK_BYTES = 32 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 0x20);

/** What a streamed upload got: the answer, and how much had been sent when it came. */
interface StreamedUpload {
  readonly status: number;
  readonly body: string;
  readonly bytesSentBeforeAnswer: number;
}

/**
 * POSTs a chunked body of up to `maxBytes` (no `Content-Length`: the gateway cannot refuse it
 * from the headers), stopping as soon as the answer's head arrives.
 */
async function streamChunkedBody(
  url: URL,
  bearer: string,
  maxBytes: number,
): Promise<StreamedUpload> {
  const upload = request(url, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${bearer}`,
      'content-type': 'application/json',
      'transfer-encoding': 'chunked',
    },
  });
  let sent = 0;
  let answeredAt: number | undefined;
  const answered = new Promise<StreamedUpload>((resolve, reject) => {
    upload.once('error', reject);
    upload.once('response', (response) => {
      answeredAt = sent;
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.once('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          body: Buffer.concat(parts).toString('utf8'),
          bytesSentBeforeAnswer: answeredAt ?? sent,
        }),
      );
    });
  });
  upload.write('{"externalId":"');
  while (answeredAt === undefined && sent < maxBytes) {
    sent += CHUNK.length;
    if (!upload.write(CHUNK)) {
      await Promise.race([once(upload, 'drain'), answered.catch(() => undefined)]);
    }
  }
  if (answeredAt === undefined) upload.end('"}');
  const result = await answered;
  upload.destroy();
  return result;
}

let token: string;

beforeAll(async () => {
  ({ token } = await gatewayCaller('gateway-body-cap'));
}, 60_000);

describe("adversarial: the gateway's bank POST caps its body while streaming", () => {
  it("answers an endless chunked body 413 in the bank's format after reading at most a little past the cap", async () => {
    const url = new URL(`${inject('gatewayApiBaseUrl')}/v1/business-cards/limits`);

    const upload = await streamChunkedBody(url, token, ATTACK_BYTES);

    console.info(
      `gateway body cap: ${upload.status} after ${(upload.bytesSentBeforeAnswer / 1024).toFixed(0)} KiB streamed (of ${ATTACK_BYTES / 1024 / 1024} MiB offered)`,
    );
    expect(upload.status).toBe(413);
    const fault = JSON.parse(upload.body);
    expect(typeof fault.cause).toBe('string');
    expect(typeof fault.referenceId).toBe('string');
    // Past the cap the gateway reads nothing until it answers: what the client got to send meanwhile
    // sits in the loopback sockets' buffers (a send buffer grows to 4 MiB here), not in the gateway.
    expect(upload.bytesSentBeforeAnswer).toBeLessThan(MAX_BODY_BYTES + 8 * 1024 * 1024);
  });
});
