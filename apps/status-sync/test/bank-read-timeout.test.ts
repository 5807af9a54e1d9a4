import { randomUUID } from 'node:crypto';
import { type BankSandbox, startBankSandbox } from '@devportal/bank-sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SberBankStateReader } from '../src/index.js';

const TOTAL_TIMEOUT_MS = 1_000;
const BANK_LATENCY_MS = 6 * TOTAL_TIMEOUT_MS;

let sandbox: BankSandbox;

beforeAll(async () => {
  sandbox = await startBankSandbox({ port: 0 });
});
afterAll(() => sandbox?.close());

describe("the sync's bank reads", () => {
  it('end within the total timeout, retry included, when the bank does not answer', async () => {
    // Prepare
    const token = async () => sandbox.issueAccessToken();
    const reader = new SberBankStateReader({
      contours: {
        sandbox: {
          apiBaseUrl: sandbox.apiBaseUrl,
          accessToken: token,
          invalidate: () => undefined,
        },
      },
      timeouts: { connectMs: TOTAL_TIMEOUT_MS, totalMs: TOTAL_TIMEOUT_MS },
      maxRetries: 1,
      backoff: { initialDelayMs: 5, maxDelayMs: 20 },
    });
    sandbox.setFaults({ getLimitChangeState: { latencyMs: BANK_LATENCY_MS } });

    // Act
    const startedAt = performance.now();
    const read = await reader.readState('org-1', 'sandbox', randomUUID()).catch((error) => error);
    const elapsedMs = performance.now() - startedAt;
    await reader.close();

    // Assess
    expect(read).toBeInstanceOf(Error);
    // Two attempts of the per-attempt timeout alone would take twice the total.
    expect(elapsedMs).toBeLessThan(2 * TOTAL_TIMEOUT_MS);
  });
});
