import { TEST_CREDENTIALS_PATH } from '../crypto/test-credentials-route.js';
import { FAULTS_PATH } from '../http/faults-route.js';
import { type BankSandbox, startBankSandbox } from '../sandbox.js';
import { CLI_USAGE, CliUsageError, parseCliArgs } from './cli-options.js';

/** Exit codes of `bank-sandbox`. */
export const CLI_EXIT = {
  /** stopped by SIGINT or SIGTERM after a clean close */
  stopped: 0,
  /** could not start (port in use, unreadable clients file, …) or failed to close */
  failed: 1,
  /** a command line it cannot start from */
  usage: 2,
} as const;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** What a partner needs on start: where to call, how to get a token, how to sign, how to fault. */
export function startupBanner(sandbox: BankSandbox): string {
  return [
    `bank sandbox listening on ${sandbox.url}`,
    `  bank API:   ${sandbox.apiBaseUrl}/v1/...`,
    `  authorize:  ${sandbox.url}/ic/sso/api/v2/oauth/authorize`,
    `  token:      ${sandbox.url}/ic/sso/api/v2/oauth/token`,
    'OAuth clients (client_id / client_secret):',
    ...sandbox.clients.map(
      (c) =>
        `  ${c.clientId} / ${c.clientSecret}  scopes: ${c.scopes.join(' ')}  redirect: ${c.redirectUris.join(', ')}`,
    ),
    'organisations (login_hint → user):',
    ...sandbox.organizations.map(
      (o) =>
        `  ${o.name}  ${o.id}  cards: ${o.cardCount}  users: ${o.users.map((u) => u.login).join(', ')}`,
    ),
    'test signing keys of seeded users (sandbox-only, never the bank):',
    `  GET ${sandbox.url}${TEST_CREDENTIALS_PATH.replace('{user}', '<login>')}`,
    'fault injection (sandbox-only):',
    `  GET|PUT ${sandbox.url}${FAULTS_PATH}`,
  ].join('\n');
}

/**
 * Runs `bank-sandbox`: starts the sandbox from the command line, prints the banner and one line
 * per request, and closes it on SIGINT or SIGTERM. Resolves to the exit code once it stops, or
 * at once for `--help` and for a start that fails.
 */
export async function runBankSandboxCli(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  io: CliIo,
): Promise<number> {
  let command: ReturnType<typeof parseCliArgs>;
  try {
    command = parseCliArgs(argv, env);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    io.err(`bank-sandbox: ${error.message}\nRun bank-sandbox --help for the options.\n`);
    return CLI_EXIT.usage;
  }
  if (command.help) {
    io.out(CLI_USAGE);
    return CLI_EXIT.stopped;
  }

  let sandbox: BankSandbox;
  try {
    sandbox = await startBankSandbox({
      ...command.options,
      ...(!command.quiet && { log: (line: string) => io.out(`${line}\n`) }),
    });
  } catch (error) {
    io.err(`bank-sandbox: could not start: ${(error as Error).message}\n`);
    return CLI_EXIT.failed;
  }
  io.out(`${startupBanner(sandbox)}\n`);

  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  io.out(`${signal}: closing the bank sandbox\n`);
  try {
    await sandbox.close();
    return CLI_EXIT.stopped;
  } catch (error) {
    io.err(`bank-sandbox: could not close: ${(error as Error).message}\n`);
    return CLI_EXIT.failed;
  }
}
