import { randomBytes, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { streamEndlessUpload } from '../support/endless-upload.js';
import { LOAD_TEST_PLAN_ID } from '../support/load-test-catalog.js';
import {
  type PartnerApplication,
  portalOk,
  signUp,
  subscribedApplication,
} from '../support/stack-session.js';
import {
  requestTokenFrom,
  stackProcess,
  type TokenAnswer,
  tokenEndpoint,
} from '../support/token-endpoint-client.js';

/** Wrong secrets a Client ID may have checked per minute, whoever sends them (the default). */
const CLIENT_FAILURES_PER_MINUTE = 5;
/** Wrong credentials one source address may have checked per minute (the default). */
const SOURCE_FAILURES_PER_MINUTE = 20;
const JUNK_CONCURRENCY = 20;
const JUNK_WAVES = 3;
/** What the oversized-body case streams at most before it waits for the refusal. */
const STREAMED_BODY_LIMIT_BYTES = 16 * 1024 * 1024;

let partner: PartnerApplication;

beforeAll(async () => {
  const owner = await signUp('token-endpoint');
  const organisation = await portalOk(owner, 'POST', '/v1/organizations', {
    body: { name: 'Token endpoint' },
  });
  partner = await subscribedApplication(owner, organisation.id, LOAD_TEST_PLAN_ID);
}, 60_000);

/** Credentials nobody was ever issued: a fresh Client ID and a secret of the real shape. */
function junkCredentials(): { clientId: string; clientSecret: string } {
  return { clientId: randomUUID(), clientSecret: `dps_${randomBytes(32).toString('base64url')}` };
}

/** The clock minutes (the throttle's windows) a burst that ran from `startMs` to now touched. */
function minutesTouchedSince(startMs: number): number {
  return Math.floor(Date.now() / 60_000) - Math.floor(startMs / 60_000) + 1;
}

/** How many answers had each status, e.g. `{ 401: 5, 429: 15 }`. */
function statusCounts(answers: readonly TokenAnswer[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const { status } of answers) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

describe('POST /oauth/token under junk traffic', () => {
  it('spends no slow hash on Client IDs that do not exist', async () => {
    // Prepare: each request from its own address, so no per-address throttle stops it early.
    const stack = stackProcess();
    const cpuBefore = stack.cpuMs();

    // Act
    const answers = await Promise.all(
      Array.from({ length: JUNK_CONCURRENCY }, (_, index) =>
        requestTokenFrom(`127.0.1.${index + 1}`, junkCredentials()),
      ),
    );
    const cpuPerRequestMs = (stack.cpuMs() - cpuBefore) / JUNK_CONCURRENCY;

    // Assess
    console.info(
      `token endpoint: ${JUNK_CONCURRENCY} concurrent unknown Client IDs cost the stack ${cpuPerRequestMs.toFixed(1)} ms of CPU each; answers ${JSON.stringify(statusCounts(answers))}`,
    );
    for (const answer of answers) {
      expect(answer.status).toBe(401);
      expect(answer.body.error).toBe('invalid_client');
    }
    // A keyed hash is microseconds; a slow KDF at a production cost takes about 400 ms.
    expect(cpuPerRequestMs).toBeLessThan(40);
  });

  it('slows down one address sending junk, while a partner elsewhere gets tokens', async () => {
    // Prepare
    const junkSource = '127.0.0.21';
    const startedAt = Date.now();

    // Act: three waves of concurrent junk from one address, the partner asking meanwhile. At
    // most one minute boundary falls within them, so at most two windows' worth is checked.
    const junk: TokenAnswer[] = [];
    const partnerAnswer = requestTokenFrom('127.0.0.22', partner);
    for (let wave = 0; wave < JUNK_WAVES; wave++) {
      junk.push(
        ...(await Promise.all(
          Array.from({ length: JUNK_CONCURRENCY }, () =>
            requestTokenFrom(junkSource, junkCredentials()),
          ),
        )),
      );
    }
    const windows = minutesTouchedSince(startedAt);

    // Assess
    const counts = statusCounts(junk);
    console.info(
      `token endpoint: ${junk.length} junk requests from one address over ${windows} minute(s): ${JSON.stringify(counts)}; the partner's status ${(await partnerAnswer).status}`,
    );
    expect((await partnerAnswer).status).toBe(200);
    expect(counts[401] ?? 0).toBeLessThanOrEqual(SOURCE_FAILURES_PER_MINUTE * windows);
    const slowedDown = junk.filter((answer) => answer.status === 429);
    expect(slowedDown.length).toBeGreaterThanOrEqual(
      junk.length - SOURCE_FAILURES_PER_MINUTE * windows,
    );
    for (const answer of slowedDown) {
      expect(answer.body.error).toBe('slow_down');
      expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('POST /oauth/token against a known Client ID', () => {
  it('checks at most its quota of concurrent wrong guesses, and the right secret still works', async () => {
    // Prepare: every guess from an address of its own (a botnet), at the partner's Client ID.
    const startedAt = Date.now();

    // Act
    const guesses = await Promise.all(
      Array.from({ length: JUNK_CONCURRENCY }, (_, index) =>
        requestTokenFrom(`127.0.2.${index + 1}`, {
          clientId: partner.clientId,
          clientSecret: junkCredentials().clientSecret,
        }),
      ),
    );
    const windows = minutesTouchedSince(startedAt);
    const rightAfterwards = await requestTokenFrom('127.0.0.23', partner);
    const rightFromAGuesser = await requestTokenFrom('127.0.2.1', partner);

    // Assess
    const counts = statusCounts(guesses);
    console.info(
      `token endpoint: ${guesses.length} concurrent wrong guesses at one Client ID over ${windows} minute(s): ${JSON.stringify(counts)}; then the right secret: ${rightAfterwards.status}, from a guesser's address: ${rightFromAGuesser.status}`,
    );
    expect(counts[401] ?? 0).toBeLessThanOrEqual(CLIENT_FAILURES_PER_MINUTE * windows);
    expect((counts[401] ?? 0) + (counts[429] ?? 0)).toBe(guesses.length);
    expect(rightAfterwards.status).toBe(200);
    expect(rightAfterwards.body.access_token).toEqual(expect.any(String));
    expect(rightFromAGuesser.status).toBe(200);
  });
});

describe('POST /oauth/token with an oversized body', () => {
  it('refuses a chunked body that never ends with 413 while it streams, without the stack growing', async () => {
    // Prepare
    const stack = stackProcess();
    const rssBeforeKiB = stack.rssKiB();
    let peakRssKiB = rssBeforeKiB;
    const sampler = setInterval(() => {
      peakRssKiB = Math.max(peakRssKiB, stack.rssKiB());
    }, 10);
    const startedAt = performance.now();

    // Act: a server that read on would never answer; the client gives up writing at the limit.
    const outcome = await streamEndlessUpload(tokenEndpoint(), {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      sendAtMostBytes: STREAMED_BODY_LIMIT_BYTES,
    }).finally(() => clearInterval(sampler));
    const elapsedMs = performance.now() - startedAt;

    // Assess
    const growthMiB = (peakRssKiB - rssBeforeKiB) / 1024;
    console.info(
      `token endpoint: an endless chunked body answered ${outcome.status} after ${(outcome.bytesSentBeforeAnswer / 1024 / 1024).toFixed(1)} MiB sent (attempt ${outcome.attempts}), in ${elapsedMs.toFixed(0)} ms; the stack's RSS grew ${growthMiB.toFixed(1)} MiB at its peak`,
    );
    expect(outcome.status).toBe(413);
    expect(JSON.parse(outcome.body).error).toBe('invalid_request');
    expect(outcome.bytesSentBeforeAnswer).toBeLessThan(STREAMED_BODY_LIMIT_BYTES);
    expect(growthMiB).toBeLessThan(8);
  });
});
