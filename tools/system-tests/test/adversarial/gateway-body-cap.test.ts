import { beforeAll, describe, expect, inject, it } from 'vitest';
import { streamEndlessUpload } from '../support/endless-upload.js';
import { gatewayCaller } from '../support/gateway-caller.js';

/** The gateway's cap on a bank POST's body. */
const MAX_BODY_BYTES = 64 * 1024;
/** What the attacker is ready to stream before giving up on an answer. */
const ATTACK_BYTES = 32 * 1024 * 1024;

let token: string;

beforeAll(async () => {
  ({ token } = await gatewayCaller('gateway-body-cap'));
}, 60_000);

describe("adversarial: the gateway's bank POST caps its body while streaming", () => {
  it("answers an endless chunked body 413 in the bank's format after reading at most a little past the cap", async () => {
    const url = new URL(`${inject('gatewayApiBaseUrl')}/v1/business-cards/limits`);

    const upload = await streamEndlessUpload(url, {
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      opening: '{"externalId":"',
      sendAtMostBytes: ATTACK_BYTES,
    });

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
