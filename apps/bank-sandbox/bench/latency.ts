// Figures of the sandbox on this machine: time to start, and request latency per operation over
// loopback (sequential requests on a kept-alive connection). Signed creates are signed before
// timing, so their figures are the sandbox's own work: GOST verification on its worker pool.
// Run: pnpm --filter @devportal/bank-sandbox bench
import { SoftwareGostSigner, signLimitChange } from '@devportal/digest';
import { type OrganizationSummary, startBankSandbox } from '../src/index.js';

const WARMUP = 10;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const t0 = performance.now();
const sandbox = await startBankSandbox({ port: 0, pageSize: 50 });
const startupMs = performance.now() - t0;

const org = sandbox.organizations[0] as OrganizationSummary;
const token = sandbox.issueAccessToken();
const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
const card = org.cards.find((c) => c.status === 'ACTIVE')?.businessCardId as string;
const signerOf = async (login: string) =>
  new SoftwareGostSigner(await sandbox.signingCredentials(login));
const [director, accountant, deputy] = await Promise.all(
  ['romashka.director', 'romashka.accountant', 'romashka.deputy'].map(signerOf),
);

const newChange = () => ({
  businessCardId: card,
  code: 'NON_RENEW',
  externalId: crypto.randomUUID(),
  limit: 1000,
});
const postChange = (body: unknown) =>
  fetch(`${sandbox.apiBaseUrl}/v1/business-cards/limits`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
/** Requests that each post one of `count` documents signed beforehand. */
async function presigned(count: number, signers: SoftwareGostSigner[]) {
  const bodies = await Promise.all(
    Array.from({ length: count }, () => signLimitChange(newChange(), signers)),
  );
  return () => postChange(bodies.shift());
}

const cases: [name: string, rounds: number, run: () => Promise<Response>][] = [
  [
    'listBusinessCards (50 cards)',
    500,
    () =>
      fetch(
        `${sandbox.apiBaseUrl}/v1/business-cards?page=2&statusCodes=ACTIVE,BLOCKED,TO_BE_REISSUED,TO_BE_BLOCKED,NOT_DELIVERED`,
        { headers },
      ),
  ],
  [
    'getCorporateCard',
    500,
    () => fetch(`${sandbox.apiBaseUrl}/v1/corporate-cards/${card}`, { headers }),
  ],
  ['createLimitChange (draft)', 500, () => postChange(newChange())],
  [
    'createLimitChange (single)',
    60,
    await presigned(60 + WARMUP, [director as SoftwareGostSigner]),
  ],
  [
    'createLimitChange (first+second)',
    60,
    await presigned(60 + WARMUP, [accountant, deputy] as SoftwareGostSigner[]),
  ],
  [
    '401 unknown token',
    500,
    () =>
      fetch(`${sandbox.apiBaseUrl}/v1/crypto`, {
        headers: { authorization: 'Bearer 0b8f2a1c-1d2e-4f3a-9b8c-7d6e5f4a3b2c-1' },
      }),
  ],
];

console.log(`startup (contract load + seed + listen): ${startupMs.toFixed(0)} ms`);
for (const [name, rounds, run] of cases) {
  for (let i = 0; i < WARMUP; i++) await (await run()).arrayBuffer();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await (await run()).arrayBuffer();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(34)} p50 ${percentile(times, 50).toFixed(2)} ms  p95 ${percentile(times, 95).toFixed(2)} ms  p99 ${percentile(times, 99).toFixed(2)} ms`,
  );
}
await sandbox.close();
