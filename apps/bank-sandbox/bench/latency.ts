// Figures of the sandbox on this machine: time to start, and request latency per operation over
// loopback (sequential requests on a kept-alive connection). Run: pnpm --filter @devportal/bank-sandbox bench
import { type OrganizationSummary, startBankSandbox } from '../src/index.js';

const ROUNDS = 500;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const t0 = performance.now();
const sandbox = await startBankSandbox({ port: 0, pageSize: 50 });
const startupMs = performance.now() - t0;

const org = sandbox.organizations[0] as OrganizationSummary;
const token = sandbox.issueAccessToken();
const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
const card = org.cards.find((c) => c.status === 'ACTIVE')?.businessCardId;
const signature = {
  base64Encoded: 'AAAA',
  certificateUuid: org.users[0]?.certificates[0]?.uuid,
};

const cases: [string, () => Promise<Response>][] = [
  [
    'listBusinessCards (50 cards)',
    () =>
      fetch(
        `${sandbox.apiBaseUrl}/v1/business-cards?page=2&statusCodes=ACTIVE,BLOCKED,TO_BE_REISSUED,TO_BE_BLOCKED,NOT_DELIVERED`,
        { headers },
      ),
  ],
  [
    'getCorporateCard',
    () => fetch(`${sandbox.apiBaseUrl}/v1/corporate-cards/${card}`, { headers }),
  ],
  [
    'createLimitChange (signed)',
    () =>
      fetch(`${sandbox.apiBaseUrl}/v1/business-cards/limits`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          businessCardId: card,
          code: 'NON_RENEW',
          externalId: crypto.randomUUID(),
          limit: 1000,
          digestSignatures: [signature],
        }),
      }),
  ],
  [
    '401 unknown token',
    () =>
      fetch(`${sandbox.apiBaseUrl}/v1/crypto`, {
        headers: { authorization: 'Bearer 0b8f2a1c-1d2e-4f3a-9b8c-7d6e5f4a3b2c-1' },
      }),
  ],
];

console.log(`startup (contract load + seed + listen): ${startupMs.toFixed(0)} ms`);
for (const [name, run] of cases) {
  for (let i = 0; i < 20; i++) await (await run()).arrayBuffer();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    await (await run()).arrayBuffer();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(30)} p50 ${percentile(times, 50).toFixed(2)} ms  p95 ${percentile(times, 95).toFixed(2)} ms  p99 ${percentile(times, 99).toFixed(2)} ms`,
  );
}
await sandbox.close();
