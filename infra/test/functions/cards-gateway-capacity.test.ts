import { describe, expect, test } from 'vitest';
import { STAGE_NAMES } from '../../src/stage/stage-settings.js';
import { synthesizeStage } from '../support/synthesize.js';
import { environmentOf, resourceOf } from '../support/template-queries.js';

/** Bank exchanges one gateway call may make in a row (apps/cards-gateway/src/config.ts). */
const BANK_EXCHANGES_PER_CALL = 4;
/** What the gateway keeps for itself after its bank exchanges (@devportal/bank-access). */
const FUNCTION_MARGIN_MS = 2_000;

const EXPECTED_RESERVED_CONCURRENCY = { dev: 20, prod: 200 } as const;

describe.each(STAGE_NAMES)("the cards gateway's capacity in %s", (stage) => {
  const { stack, template } = synthesizeStage(stage);
  const handler = stack.cardsGateway.handler;

  test('reserves concurrency for the gateway, which also caps it', () => {
    expect(resourceOf(template, handler).Properties.ReservedConcurrentExecutions).toBe(
      EXPECTED_RESERVED_CONCURRENCY[stage],
    );
  });

  test("passes bank timeouts whose 4 exchanges in a row end before the function's timeout", () => {
    const timeoutMs = Number(resourceOf(template, handler).Properties.Timeout) * 1000;
    const environment = environmentOf(template, handler);
    const connectMs = Number(environment.BANK_CONNECT_TIMEOUT_MS);
    const totalMs = Number(environment.BANK_TOTAL_TIMEOUT_MS);

    expect(environment.FUNCTION_TIMEOUT_MS).toBe(String(timeoutMs));
    expect(connectMs).toBeGreaterThan(0);
    expect(connectMs).toBeLessThanOrEqual(totalMs);
    expect(BANK_EXCHANGES_PER_CALL * totalMs + FUNCTION_MARGIN_MS).toBeLessThanOrEqual(timeoutMs);
  });
});
