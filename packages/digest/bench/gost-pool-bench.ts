// Measures GOST signing and verification speed, and how responsive the event
// loop stays while 100 documents are signed through the worker pool versus on
// the main thread. Run: pnpm bench (writes bench/results.json).
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { machineFacts } from '@devportal/bench-report';
import {
  certificateFromPem,
  createGostCredentials,
  GostWorkerPool,
  limitChangeDigest,
  privateKeyFromPem,
  type SignTextRequest,
  signText,
  verifyText,
} from '../src/index.js';

const DOCUMENTS = 100;
const THROUGHPUT_SAMPLES = 40;
const TARGET_P99_MS = 20;

const machine = machineFacts();
const credentials = createGostCredentials({ commonName: 'bench signer' });
const key = {
  privateKey: privateKeyFromPem(credentials.privateKeyPem),
  certificate: certificateFromPem(credentials.certificatePem),
};
const requests: SignTextRequest[] = Array.from({ length: DOCUMENTS }, (_, index) => ({
  ...key,
  format: 'cms',
  text: limitChangeDigest({
    businessCardId: randomUUID(),
    code: 'NON_RENEW',
    externalId: randomUUID(),
    limit: 1000 + index + 0.5,
  }),
}));

function perSecond(samples: number, run: () => void): number {
  const started = performance.now();
  for (let index = 0; index < samples; index++) run();
  return (samples * 1000) / (performance.now() - started);
}

/** Event-loop delay while `work` runs, in milliseconds. */
async function loopDelayDuring(work: () => Promise<unknown>) {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  const started = performance.now();
  await work();
  const elapsedMs = performance.now() - started;
  histogram.disable();
  return {
    p99Ms: round(histogram.percentile(99) / 1e6),
    maxMs: round(histogram.max / 1e6),
    signaturesPerSecond: round((DOCUMENTS * 1000) / elapsedMs),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

const sample = requests[0] as SignTextRequest;
const sampleSignature = signText(sample);
const perCore = {
  signaturesPerSecond: round(perSecond(THROUGHPUT_SAMPLES, () => signText(sample))),
  verificationsPerSecond: round(
    perSecond(THROUGHPUT_SAMPLES, () =>
      verifyText({ text: sample.text, base64Encoded: sampleSignature }),
    ),
  ),
};

// The baseline signs each document in its own turn of the loop, as a server
// handling one request at a time on its main thread would.
const mainThread = await loopDelayDuring(async () => {
  for (const request of requests) {
    signText(request);
    await nextTurn();
  }
});

const pool = new GostWorkerPool();
await Promise.all(Array.from({ length: pool.size }, () => pool.sign(sample)));
const pooled = await loopDelayDuring(() =>
  Promise.all(requests.map((request) => pool.sign(request))),
);
await pool.close();

const results = {
  measuredAt: new Date().toISOString(),
  machine,
  documents: DOCUMENTS,
  format: 'cms',
  perCore,
  mainThread,
  pool: { size: pool.size, ...pooled },
  targetPoolP99Ms: TARGET_P99_MS,
  targetMet: pooled.p99Ms < TARGET_P99_MS,
};

console.table({
  'signatures/s, one core': { value: perCore.signaturesPerSecond },
  'verifications/s, one core': { value: perCore.verificationsPerSecond },
  [`main thread: event-loop p99 ms (${DOCUMENTS} docs)`]: { value: mainThread.p99Ms },
  'main thread: event-loop max ms': { value: mainThread.maxMs },
  'main thread: signatures/s': { value: mainThread.signaturesPerSecond },
  [`pool of ${pool.size}: event-loop p99 ms (${DOCUMENTS} docs)`]: { value: pooled.p99Ms },
  [`pool of ${pool.size}: event-loop max ms`]: { value: pooled.maxMs },
  [`pool of ${pool.size}: signatures/s`]: { value: pooled.signaturesPerSecond },
});
console.log(
  `pool p99 ${pooled.p99Ms} ms against a target under ${TARGET_P99_MS} ms: ${results.targetMet ? 'met' : 'NOT met'}`,
);
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
