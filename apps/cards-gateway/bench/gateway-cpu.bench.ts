import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { type GatewayCpuResults, machineFacts } from '@devportal/bench-report';
import { startBenchWorld } from './bench-world.js';
import { runCalls, startComparedTargets, type Target } from './compared-targets.js';
import { type Cause, type CpuProfile, summariseProfile } from './cpu-profile-summary.js';

/**
 * `pnpm --filter @devportal/cards-gateway bench:profile`: the CPU time a call through the
 * gateway costs against one through the bare proxy, the sandbox answering at once.
 *
 * Both sides run in this process beside the sandbox and the callers, so the two figures share
 * the callers' and the sandbox's CPU and their difference is what the gateway adds; DynamoDB
 * Local is a process of its own, and waiting for it takes no CPU here, so storage waits are
 * excluded. `process.cpuUsage()` around alternating rounds gives the figures; then V8's sampling
 * profiler (what `node --cpu-prof` runs, started here through the inspector so the profile holds
 * the measured calls only, not start-up and warm-up) records one more run of each side, and the
 * summary says which functions and packages the microseconds go to. The profiles are written to
 * `.data/profiles/` for DevTools.
 *
 * `--quick` runs a tenth of the calls and writes no results: a check that the bench works.
 */
const quick = process.argv.includes('--quick');
const CALLS = quick ? 300 : 3_000;
const ROUNDS = 3;
const CONCURRENCY = 4;
const WARM_UP_CALLS = quick ? 100 : 1_000;
/** 100 µs between samples: enough samples in a run to tell functions of a few µs a call apart. */
const SAMPLING_INTERVAL_US = 100;

/**
 * What a call's CPU is charged to, tried from the sampled frame up its stack. The async hooks
 * come first: they run inside whatever creates a promise. The table's client next, since the
 * gateway's code calls it; then the gateway's own code; Node's HTTP work below none of these
 * (parsing and writing the callers', the sandbox's and the table's sockets) stays `other`.
 */
const CAUSES: readonly Cause[] = [
  { name: 'garbage collector', matches: (_, name) => name === '(garbage collector)' },
  {
    name: "async hooks (cls-hooked's destroy tracking, loaded with X-Ray by the Powertools Tracer)",
    matches: (url, name) =>
      url.includes('/cls-hooked/') ||
      url === 'node:internal/async_hooks' ||
      name === 'registerDestroyHook',
  },
  {
    name: 'table writes (AWS SDK DynamoDB client and the table adapter)',
    matches: (url) => /\/(@smithy|@aws-sdk)\/|\/portal-dynamodb\//.test(url),
  },
  {
    name: 'bank upstream (undici)',
    matches: (url) => url.includes('/cards-gateway/src/bank/bank-upstream'),
  },
  {
    name: 'gateway code (hono, checks, plan admission, domain)',
    matches: (url) =>
      /\/(cards-gateway\/src|portal-domain|bank-access|sber-client)\/|\/hono\/|@hono/.test(url),
  },
  { name: 'sandbox', matches: (url) => /\/(bank-sandbox|openapi-contract)\//.test(url) },
  { name: 'callers and bare proxy', matches: (url) => /\/cards-gateway\/bench\//.test(url) },
];

const machine = machineFacts();
console.log(`load average at start: ${machine.loadAverage.join(' ')}`);
const world = await startBenchWorld('cards-gateway-cpu-bench');
const compared = await startComparedTargets(world);
const sides = { gateway: compared.gateway, proxy: compared.proxy } as const;
type Side = keyof typeof sides;
const call = (target: Target, calls: number) =>
  runCalls(target, compared.token, CONCURRENCY, calls);

for (const target of Object.values(sides)) await call(target, WARM_UP_CALLS);

const cpuMicros: Record<Side, number> = { gateway: 0, proxy: 0 };
for (let round = 0; round < ROUNDS; round++) {
  const order: Side[] = round % 2 === 0 ? ['gateway', 'proxy'] : ['proxy', 'gateway'];
  for (const side of order) {
    const before = process.cpuUsage();
    await call(sides[side], CALLS / ROUNDS);
    const used = process.cpuUsage(before);
    cpuMicros[side] += used.user + used.system;
  }
}
const perCall = (side: Side) => Math.round((cpuMicros[side] / CALLS) * 10) / 10;
const cpuMicrosecondsPerCall = { gateway: perCall('gateway'), proxy: perCall('proxy') };

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
const profiles = new Map<Side, CpuProfile>();
for (const side of ['gateway', 'proxy'] as const) {
  await session.post('Profiler.start');
  await call(sides[side], CALLS);
  const { profile } = await session.post('Profiler.stop');
  profiles.set(side, profile as CpuProfile);
}
session.disconnect();

const profileFolder = new URL('../.data/profiles/', import.meta.url);
mkdirSync(profileFolder, { recursive: true });
for (const [side, profile] of profiles) {
  writeFileSync(new URL(`${side}.cpuprofile`, profileFolder), JSON.stringify(profile));
}
const summary = (side: Side) => summariseProfile(profiles.get(side) as CpuProfile, CALLS, CAUSES);
const profile = { gateway: summary('gateway'), proxy: summary('proxy') };

const added = Math.round((cpuMicrosecondsPerCall.gateway - cpuMicrosecondsPerCall.proxy) * 10) / 10;
console.log(
  `CPU per call: gateway ${cpuMicrosecondsPerCall.gateway} µs, bare proxy ${cpuMicrosecondsPerCall.proxy} µs, added by the gateway ${added} µs (ratio ${(cpuMicrosecondsPerCall.gateway / cpuMicrosecondsPerCall.proxy).toFixed(3)})`,
);
// The profile's shares of the measured CPU: sampled time is wall time, which a busy machine
// inflates, so the shares are read against `process.cpuUsage()`'s total.
console.table(
  profile.gateway.causes.map(({ name, share }) => ({
    'gateway run, charged to': name,
    share,
    'CPU µs/call': Math.round(share * cpuMicrosecondsPerCall.gateway),
  })),
);
const proxyPackages = new Map(
  profile.proxy.packages.map(({ name, microsecondsPerCall }) => [name, microsecondsPerCall]),
);
console.table(
  profile.gateway.packages.slice(0, 15).map(({ name, microsecondsPerCall }) => ({
    package: name,
    'gateway µs/call': microsecondsPerCall,
    'proxy µs/call': proxyPackages.get(name) ?? 0,
  })),
);
console.table(
  profile.gateway.functions.map(({ name, microsecondsPerCall }) => ({
    'function (gateway run, self time)': name,
    'µs/call': microsecondsPerCall,
  })),
);
console.log(`profiles: ${profileFolder.pathname}`);
if (!quick) {
  writeFileSync(
    new URL('./cpu-results.json', import.meta.url),
    `${JSON.stringify(
      {
        operation: 'getCorporateCard',
        calls: CALLS,
        concurrency: CONCURRENCY,
        measuredAt: new Date().toISOString(),
        machine,
        cpuMicrosecondsPerCall,
        profile: { samplingIntervalUs: SAMPLING_INTERVAL_US, ...profile },
      } satisfies GatewayCpuResults,
      null,
      2,
    )}\n`,
  );
}

await compared.close();
await world.close();
