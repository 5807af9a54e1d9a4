import type { Contract } from '@devportal/openapi-contract';
import fc from 'fast-check';
import { type HttpAnswer, send } from '../support/http-answer.js';
import {
  breaksContract,
  mutationsOf,
  type ValidRequest,
  wireRequest,
} from './request-mutations.js';

/** An answer that is not the refusal the API owes: its request and what came back. */
export interface WrongAnswer {
  readonly operationId: string;
  readonly request: string;
  readonly status: number;
  readonly body: string;
}

/** What a fuzzed operation sent and how many answers were wrong. */
export interface AttackTally {
  sent: number;
  readonly wrong: WrongAnswer[];
}

/**
 * Sends `numRuns` broken variants of `valid` (fast-check draws the mutation; the contract must
 * refuse each) to `baseUrl` and records every answer `isRefusal` does not accept. Failures are
 * collected rather than thrown so that one run reports every wrong answer, not the first.
 */
export async function attack(options: {
  readonly contract: Contract;
  readonly valid: ValidRequest;
  readonly baseUrl: string;
  readonly bearer?: string;
  readonly numRuns: number;
  readonly isRefusal: (answer: HttpAnswer) => boolean;
  readonly tally: AttackTally;
}): Promise<void> {
  const { contract, valid, tally } = options;
  const mutations = mutationsOf(contract, valid);
  if (!mutations) return;
  const broken = mutations.filter((mutation) => breaksContract(contract, valid, mutation));
  await fc.assert(
    fc.asyncProperty(broken, async (mutation) => {
      const wire = wireRequest(valid, mutation);
      const answer = await send(wire.method, `${options.baseUrl}${wire.pathAndQuery}`, {
        ...(options.bearer && { bearer: options.bearer }),
        ...(wire.body !== undefined && {
          rawBody: wire.body,
          headers: { 'content-type': wire.contentType ?? 'application/json' },
        }),
      });
      tally.sent++;
      if (!options.isRefusal(answer)) {
        tally.wrong.push({
          operationId: valid.operationId,
          request: `${wire.method} ${wire.pathAndQuery.slice(0, 200)} ${JSON.stringify(mutation).slice(0, 200)}`,
          status: answer.status,
          body: answer.text.slice(0, 300),
        });
      }
    }),
    { numRuns: options.numRuns, seed: 20261123 },
  );
}
