import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_TRANSITION_DELAYS, type TransitionDelays } from '../api/limit-change-documents.js';
import { checkFaultConfig, FaultConfigError } from '../http/fault-config-check.js';
import type { FaultConfig } from '../http/faults.js';
import type { BankSandboxOptions } from '../sandbox.js';
import { DEFAULT_SEED } from '../seed/seed-data.js';

/** A command line the sandbox cannot start from; its message says which option and why. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}

export const CLI_USAGE = `Usage: bank-sandbox [options]

The bank's business-card limits API and SberBusiness ID's OAuth endpoints on one machine,
with seeded organisations, users with GOST test certificates and fault injection.

Options (an environment variable, where named, applies when the option is absent):
  --port <n>                 port to listen on, 0 picks a free one (8443; PORT)
  --host <address>           interface to listen on (127.0.0.1; HOST)
  --page-size <n>            cards per page of GET /v1/business-cards (50; PAGE_SIZE)
  --seed <n>                 seed of the generated organisations and of fault draws (${DEFAULT_SEED})
  --clients <file>           registered OAuth clients, JSON { "clients": [...] }
                             (the package's config/oauth-clients.json)
  --transition-delays <ms>   ms before each of DELIVERED, ACCEPTED, IMPLEMENTED; one number for
                             all, or DELIVERED=2000,ACCEPTED=3000,IMPLEMENTED=5000 (the default)
  --faults <json | @file>    initial faults per operationId or '*', as PUT /sandbox/faults takes
                             them, e.g. '{"createLimitChange":{"failNext":{"count":1,"status":503}}}'
  --error-rate <0..1>        share of requests of every operation answered 503
  --drop-rate <0..1>         share of connections of every operation dropped without an answer
  --latency-ms <n>           delay before every request of every operation
  --tls-cert <file>          serve https with this certificate (PEM) ...
  --tls-key <file>           ... and its private key (PEM)
  --tls-ca <file>            with --require-client-cert: the CA client certificates must chain to
  --require-client-cert      mutual TLS, as on the bank's port 9443
  --quiet                    no line per request
  --help                     this text
`;

/** What the command line asks for. */
export type CliCommand =
  | { readonly help: true }
  | { readonly help: false; readonly quiet: boolean; readonly options: BankSandboxOptions };

function integer(value: string, option: string, min: number, max: number): number {
  const parsed = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
    throw new CliUsageError(`--${option} must be a whole number from ${min} to ${max}: ${value}`);
  }
  return parsed;
}

function rate(value: string, option: string): number {
  const parsed = value.trim() === '' ? Number.NaN : Number(value);
  if (!(parsed >= 0 && parsed <= 1)) {
    throw new CliUsageError(`--${option} must be a number from 0 to 1: ${value}`);
  }
  return parsed;
}

function readText(file: string, option: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliUsageError(`--${option}: cannot read ${file} (${(error as Error).message})`);
  }
}

const DELAY_MAX_MS = 24 * 60 * 60 * 1000;

function transitionDelays(value: string): TransitionDelays {
  if (/^\d+$/.test(value)) {
    const ms = integer(value, 'transition-delays', 0, DELAY_MAX_MS);
    return { DELIVERED: ms, ACCEPTED: ms, IMPLEMENTED: ms };
  }
  const delays = { ...DEFAULT_TRANSITION_DELAYS };
  for (const pair of value.split(',')) {
    const [status = '', ms = ''] = pair.split('=');
    if (!Object.hasOwn(delays, status)) {
      throw new CliUsageError(
        `--transition-delays: ${status} is not one of ${Object.keys(delays).join(', ')}`,
      );
    }
    delays[status as keyof TransitionDelays] = integer(ms, 'transition-delays', 0, DELAY_MAX_MS);
  }
  return delays;
}

function faults(
  json: string | undefined,
  everyOperation: { errorRate?: number; dropRate?: number; latencyMs?: number },
): FaultConfig | undefined {
  let config: FaultConfig = {};
  if (json !== undefined) {
    const text = json.startsWith('@') ? readText(json.slice(1), 'faults') : json;
    try {
      config = checkFaultConfig(JSON.parse(text));
    } catch (error) {
      if (error instanceof SyntaxError || error instanceof FaultConfigError) {
        throw new CliUsageError(`--faults: ${error.message}`);
      }
      throw error;
    }
  }
  if (Object.keys(everyOperation).length > 0) {
    config['*'] = { ...config['*'], ...everyOperation };
  }
  return Object.keys(config).length > 0 ? config : undefined;
}

/**
 * Reads the command line (and PORT, HOST, PAGE_SIZE where the options are absent) into the
 * options of `startBankSandbox`. Throws `CliUsageError` naming the option at fault.
 */
export function parseCliArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): CliCommand {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new CliUsageError((error as Error).message);
  }
  if (values.help) return { help: true };

  const port = values.port ?? env.PORT;
  const host = values.host ?? env.HOST;
  const pageSize = values['page-size'] ?? env.PAGE_SIZE;
  const everyOperation = {
    ...(values['error-rate'] !== undefined && {
      errorRate: rate(values['error-rate'], 'error-rate'),
    }),
    ...(values['drop-rate'] !== undefined && { dropRate: rate(values['drop-rate'], 'drop-rate') }),
    ...(values['latency-ms'] !== undefined && {
      latencyMs: integer(values['latency-ms'], 'latency-ms', 0, DELAY_MAX_MS),
    }),
  };
  const initialFaults = faults(values.faults, everyOperation);
  const tlsCert = values['tls-cert'];
  const tlsKey = values['tls-key'];
  if ((tlsCert === undefined) !== (tlsKey === undefined)) {
    throw new CliUsageError('--tls-cert and --tls-key go together');
  }
  if ((values['tls-ca'] !== undefined || values['require-client-cert']) && tlsCert === undefined) {
    throw new CliUsageError('--tls-ca and --require-client-cert need --tls-cert and --tls-key');
  }
  if (values['require-client-cert'] && values['tls-ca'] === undefined) {
    throw new CliUsageError('--require-client-cert needs --tls-ca');
  }

  const options: BankSandboxOptions = {
    ...(port !== undefined && { port: integer(port, 'port', 0, 65535) }),
    ...(host !== undefined && { host }),
    ...(pageSize !== undefined && { pageSize: integer(pageSize, 'page-size', 1, 10_000) }),
    ...(values.seed !== undefined && {
      seed: integer(values.seed, 'seed', 0, 2 ** 31 - 1),
    }),
    ...(values.clients !== undefined && { clientsFile: values.clients }),
    ...(values['transition-delays'] !== undefined && {
      transitionDelays: transitionDelays(values['transition-delays']),
    }),
    ...(initialFaults !== undefined && { faults: initialFaults }),
    ...(tlsCert !== undefined &&
      tlsKey !== undefined && {
        tls: {
          cert: readText(tlsCert, 'tls-cert'),
          key: readText(tlsKey, 'tls-key'),
          ...(values['tls-ca'] !== undefined && { ca: readText(values['tls-ca'], 'tls-ca') }),
          ...(values['require-client-cert'] && { requestCert: true }),
        },
      }),
  };
  return { help: false, quiet: values.quiet ?? false, options };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'page-size': { type: 'string' },
      seed: { type: 'string' },
      clients: { type: 'string' },
      'transition-delays': { type: 'string' },
      faults: { type: 'string' },
      'error-rate': { type: 'string' },
      'drop-rate': { type: 'string' },
      'latency-ms': { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'tls-ca': { type: 'string' },
      'require-client-cert': { type: 'boolean' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
