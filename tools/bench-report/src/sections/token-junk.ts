import type { MachineFacts } from '../machine-facts.js';
import type { Figure, Section } from '../section.js';

/** A partner's timings in one phase of `apps/cards-gateway/bench/token-junk.bench.ts`. */
interface PartnerTimings {
  readonly callP50Ms: number;
  readonly callP95Ms: number;
  readonly tokenP50Ms: number;
  readonly iterations: number;
}

/** `apps/cards-gateway/bench/token-junk-results.json`. */
export interface TokenJunkResults {
  readonly measuredAt: string;
  readonly machine?: MachineFacts;
  readonly junkConcurrency: number;
  /** The junk senders' answers by status, per source (one address, or `fresh`). */
  readonly junkAnswers: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly withoutJunk: PartnerTimings;
  readonly withJunkFromOneAddress: PartnerTimings;
  readonly withJunkFromFreshAddresses: PartnerTimings;
  readonly targetCallP50Ratio: number;
}

/** What junk token requests cost a partner of the gateway, from one address and from many. */
export function tokenJunkSection(results: TokenJunkResults): Section {
  const quiet = results.withoutJunk;
  const against = (name: string, value: number, baselineValue: number): Figure => ({
    name,
    measure: { value, unit: 'ms' },
    baseline: {
      name: 'the same without junk',
      measure: { value: baselineValue, unit: 'ms' },
    },
  });
  const oneAddress = results.withJunkFromOneAddress;
  const fresh = results.withJunkFromFreshAddresses;
  const answers = Object.entries(results.junkAnswers).map(
    ([source, statuses]) =>
      `junk from ${source === 'fresh' ? 'a fresh address each' : `one address (${source})`} was answered ${Object.entries(
        statuses,
      )
        .map(([status, count]) => `${count.toLocaleString('en-GB')} × ${status}`)
        .join(', ')}`,
  );
  return {
    title: 'Token endpoint under junk',
    description: `A partner takes a gateway token and calls the bank through the local gateway in a loop, while ${results.junkConcurrency} concurrent senders post token requests with made-up Client IDs, each waiting for its answer: from one address (the threat model's attacker), then from a fresh address per request (a botnet, which no address throttle stops). Rounds without junk alternate with rounds under it, so all see the same machine.`,
    figures: [
      {
        ...against(
          "partner's call p50, junk from one address",
          oneAddress.callP50Ms,
          quiet.callP50Ms,
        ),
        target: { on: 'ratio', bound: '≤', limit: results.targetCallP50Ratio },
      },
      against("partner's call p95, junk from one address", oneAddress.callP95Ms, quiet.callP95Ms),
      against(
        "partner's token p50, junk from one address",
        oneAddress.tokenP50Ms,
        quiet.tokenP50Ms,
      ),
      against("partner's call p50, junk from fresh addresses", fresh.callP50Ms, quiet.callP50Ms),
      against("partner's token p50, junk from fresh addresses", fresh.tokenP50Ms, quiet.tokenP50Ms),
    ],
    machine: results.machine,
    measuredAt: results.measuredAt,
    command: 'pnpm --filter @devportal/cards-gateway bench',
    notes: answers,
  };
}
