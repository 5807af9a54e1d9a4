import type { Environment } from '@devportal/runtime';

/** How long a call to the bank may take, each bound below the function's own timeout. */
export interface BankTimeouts {
  /** Establishing the connection (TCP and TLS). */
  readonly connectMs: number;
  /** One call, from sending to the last byte of the answer, retries included. */
  readonly totalMs: number;
}

/** The variables that set {@link BankTimeouts}; infra writes them from the function's timeout. */
export const BANK_TIMEOUT_VARIABLES = {
  connectMs: 'BANK_CONNECT_TIMEOUT_MS',
  totalMs: 'BANK_TOTAL_TIMEOUT_MS',
  /** The function's own timeout (Lambda does not tell a function its timeout). */
  functionTimeoutMs: 'FUNCTION_TIMEOUT_MS',
} as const;

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
 * token: 2); together they must end `FUNCTION_TIMEOUT_MS` minus a margin, so a slow bank is
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
  const names = BANK_TIMEOUT_VARIABLES;
  const functionTimeoutMs = millisecondsOf(env, names.functionTimeoutMs);
  const budgetMs =
    functionTimeoutMs === undefined
      ? Number.POSITIVE_INFINITY
      : Math.floor((functionTimeoutMs - FUNCTION_MARGIN_MS) / callsPerInvocation);
  const totalMs =
    millisecondsOf(env, names.totalMs) ?? Math.min(DEFAULT_BANK_TIMEOUTS.totalMs, budgetMs);
  const connectMs =
    millisecondsOf(env, names.connectMs) ?? Math.min(DEFAULT_BANK_TIMEOUTS.connectMs, totalMs);
  if (!(totalMs > 0) || totalMs > budgetMs) {
    throw new Error(
      `${names.totalMs} (${totalMs}) times ${callsPerInvocation} bank calls must end ${FUNCTION_MARGIN_MS} ms before ${names.functionTimeoutMs} (${functionTimeoutMs})`,
    );
  }
  if (connectMs > totalMs) {
    throw new Error(
      `${names.connectMs} (${connectMs}) must not exceed ${names.totalMs} (${totalMs})`,
    );
  }
  return { connectMs, totalMs };
}

function millisecondsOf(env: Environment, name: string): number | undefined {
  const text = env[name];
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`Set ${name} to a positive number of milliseconds, not ${text}`);
  }
  return value;
}
