import { ENVIRONMENT, type Environment, optionalVariable } from '@devportal/runtime';

/** How long a call to the bank may take, each bound below the function's own timeout. */
export interface BankTimeouts {
  /** Establishing the connection (TCP and TLS). */
  readonly connectMs: number;
  /** One call, from sending to the last byte of the answer, retries included. */
  readonly totalMs: number;
}

/** The defaults, when the function's timeout leaves room for them. */
export const DEFAULT_BANK_TIMEOUTS: BankTimeouts = { connectMs: 3_000, totalMs: 10_000 };

/**
 * What a function keeps for itself after its bank calls: answering the caller, writing what the
 * call recorded, its log lines.
 */
const FUNCTION_MARGIN_MS = 2_000;

/**
 * The bank timeouts of a deployable from its environment. `callsPerInvocation` is how many bank
 * calls one invocation may make one after another (the gateway's call and its retry with a fresh
 * token: 2); together they must end the function's timeout minus a margin, so a slow bank is
 * answered with an error rather than killed with the function. Unset values take the defaults,
 * lowered to fit; a set value that does not fit throws, naming the variables.
 *
 * @example
 * const timeouts = bankTimeoutsFromEnvironment(process.env, 2); // 29 s function: 3 s / 10 s
 */
export function bankTimeoutsFromEnvironment(
  env: Environment,
  callsPerInvocation: number,
): BankTimeouts {
  const { bankConnectTimeoutMs, bankTotalTimeoutMs, functionTimeoutMs } = ENVIRONMENT;
  const functionMs = optionalVariable(env, functionTimeoutMs);
  const budgetMs =
    functionMs === undefined
      ? Number.POSITIVE_INFINITY
      : Math.floor((functionMs - FUNCTION_MARGIN_MS) / callsPerInvocation);
  const totalMs =
    optionalVariable(env, bankTotalTimeoutMs) ?? Math.min(DEFAULT_BANK_TIMEOUTS.totalMs, budgetMs);
  const connectMs =
    optionalVariable(env, bankConnectTimeoutMs) ??
    Math.min(DEFAULT_BANK_TIMEOUTS.connectMs, totalMs);
  if (!(totalMs > 0) || totalMs > budgetMs) {
    throw new Error(
      `${bankTotalTimeoutMs.name} (${totalMs}) times ${callsPerInvocation} bank calls must end ${FUNCTION_MARGIN_MS} ms before ${functionTimeoutMs.name} (${functionMs})`,
    );
  }
  if (connectMs > totalMs) {
    throw new Error(
      `${bankConnectTimeoutMs.name} (${connectMs}) must not exceed ${bankTotalTimeoutMs.name} (${totalMs})`,
    );
  }
  return { connectMs, totalMs };
}
