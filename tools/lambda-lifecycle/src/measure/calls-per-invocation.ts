import type { BankSandbox } from '@devportal/bank-sandbox';
import type { AwsCallCounts } from '../aws/loopback-aws.js';
import type { InvocationRecord } from '../runtime/execution-environment.js';

/** What one invocation cost beyond itself: AWS calls by operation and bank requests by operation. */
export interface InvocationCalls {
  readonly aws: AwsCallCounts;
  /** Requests that reached the bank, by operationId (OAuth's among them). */
  readonly bank: Readonly<Record<string, number>>;
  readonly status: number | undefined;
}

/** Average calls per invocation over a series, by operation, and the series' length. */
export interface CallsPerInvocation {
  readonly invocations: number;
  readonly awsPerInvocation: Readonly<Record<string, number>>;
  readonly bankPerInvocation: Readonly<Record<string, number>>;
}

/**
 * Runs `invoke` `count` times one after another, attributing to each the AWS calls its environment
 * made and the requests the bank `banks` received meanwhile (one at a time, nothing else running,
 * so every bank request belongs to the invocation in flight).
 */
export async function measureCallsPerInvocation(
  count: number,
  banks: readonly BankSandbox[],
  invoke: () => Promise<{ invocation: InvocationRecord; status?: number }>,
): Promise<{ series: InvocationCalls[]; average: CallsPerInvocation }> {
  const series: InvocationCalls[] = [];
  for (let index = 0; index < count; index++) {
    const before = banks.map((bank) => bank.requestLog.length);
    const { invocation, status } = await invoke();
    const bank: Record<string, number> = {};
    banks.forEach((sandbox, which) => {
      for (const entry of sandbox.requestLog.slice(before[which])) {
        const operation = entry.operationId ?? entry.path;
        bank[operation] = (bank[operation] ?? 0) + 1;
      }
    });
    series.push({ aws: invocation.awsCalls, bank, status });
  }
  return { series, average: averageOf(series) };
}

function averageOf(series: readonly InvocationCalls[]): CallsPerInvocation {
  const sum = (pick: (calls: InvocationCalls) => Readonly<Record<string, number>>) => {
    const totals: Record<string, number> = {};
    for (const calls of series) {
      for (const [operation, n] of Object.entries(pick(calls))) {
        totals[operation] = (totals[operation] ?? 0) + n;
      }
    }
    return Object.fromEntries(
      Object.entries(totals)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([operation, total]) => [operation, total / series.length]),
    );
  };
  return {
    invocations: series.length,
    awsPerInvocation: sum((calls) => calls.aws),
    bankPerInvocation: sum((calls) => calls.bank),
  };
}
