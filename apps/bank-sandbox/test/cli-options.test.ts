import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliUsageError, parseCliArgs } from '../src/cli/cli-options.js';

const options = (argv: string[], env: Record<string, string> = {}) => {
  const command = parseCliArgs(argv, env);
  if (command.help) throw new Error('expected options, got --help');
  return command.options;
};

describe('bank-sandbox command-line options', () => {
  it('starts with the library defaults when given nothing', () => {
    expect(parseCliArgs([])).toEqual({ help: false, quiet: false, options: {} });
  });

  it('reads every option, the flags winning over PORT, HOST and PAGE_SIZE', () => {
    expect(
      options(
        [
          ...['--port', '0', '--host', '0.0.0.0', '--page-size', '20', '--seed', '7'],
          ...['--clients', 'clients.json', '--transition-delays', '0'],
        ],
        { PORT: '9443', HOST: '127.0.0.1', PAGE_SIZE: '5' },
      ),
    ).toEqual({
      port: 0,
      host: '0.0.0.0',
      pageSize: 20,
      seed: 7,
      clientsFile: 'clients.json',
      transitionDelays: { DELIVERED: 0, ACCEPTED: 0, IMPLEMENTED: 0 },
    });
    expect(options([], { PORT: '9443', HOST: '::1', PAGE_SIZE: '5' })).toEqual({
      port: 9443,
      host: '::1',
      pageSize: 5,
    });
  });

  it('takes transition delays per status, keeping the default of the others', () => {
    expect(options(['--transition-delays', 'ACCEPTED=10,IMPLEMENTED=20'])).toMatchObject({
      transitionDelays: { DELIVERED: 2000, ACCEPTED: 10, IMPLEMENTED: 20 },
    });
  });

  it('merges --faults (JSON or @file) with the every-operation shorthands under "*"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandbox-faults-'));
    const file = join(dir, 'faults.json');
    writeFileSync(file, JSON.stringify({ '*': { errorStatus: 500 }, authorize: { latencyMs: 5 } }));
    expect(
      options([
        '--faults',
        `@${file}`,
        '--error-rate',
        '0.25',
        '--drop-rate',
        '0',
        '--latency-ms',
        '3',
      ]),
    ).toEqual({
      faults: {
        '*': { errorStatus: 500, errorRate: 0.25, dropRate: 0, latencyMs: 3 },
        authorize: { latencyMs: 5 },
      },
    });
  });

  it('reads the TLS files: https, and with --require-client-cert mutual TLS against --tls-ca', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandbox-tls-'));
    for (const name of ['cert', 'key', 'ca'])
      writeFileSync(join(dir, `${name}.pem`), `${name} PEM`);
    const files = (name: string) => join(dir, `${name}.pem`);
    expect(options(['--tls-cert', files('cert'), '--tls-key', files('key')])).toEqual({
      tls: { cert: 'cert PEM', key: 'key PEM' },
    });
    expect(
      options([
        ...['--tls-cert', files('cert'), '--tls-key', files('key'), '--tls-ca', files('ca')],
        '--require-client-cert',
      ]),
    ).toEqual({ tls: { cert: 'cert PEM', key: 'key PEM', ca: 'ca PEM', requestCert: true } });
  });

  it.each([
    [['--port', '65536'], '--port must be a whole number from 0 to 65535: 65536'],
    [['--port=-1'], '--port must be a whole number from 0 to 65535: -1'],
    [['--page-size', '0'], '--page-size must be a whole number from 1 to 10000: 0'],
    [['--error-rate', 'often'], '--error-rate must be a number from 0 to 1: often'],
    [
      ['--transition-delays', 'SIGNED=1'],
      '--transition-delays: SIGNED is not one of DELIVERED, ACCEPTED, IMPLEMENTED',
    ],
    [
      ['--faults', '{"createLimitChange":{"errorRate":2}}'],
      '--faults: faults.createLimitChange.errorRate must be a number from 0 to 1',
    ],
    [
      ['--faults', '{"createLimitChange":{"failNext":{"count":1,"status":404}}}'],
      '--faults: faults.createLimitChange.failNext.status must be 500 or 503',
    ],
    [['--faults', '{"*":{"errorRat":0.5}}'], /^--faults: faults\.\*\.errorRat is not a fault/],
    [['--faults', '{not json'], /^--faults: /],
    [
      ['--faults', '@/nonexistent/faults.json'],
      /^--faults: cannot read \/nonexistent\/faults\.json/,
    ],
    [['--tls-cert', 'cert.pem'], '--tls-cert and --tls-key go together'],
    [['--require-client-cert'], '--tls-ca and --require-client-cert need --tls-cert and --tls-key'],
    [
      ['--tls-cert', 'c.pem', '--tls-key', 'k.pem', '--require-client-cert'],
      '--require-client-cert needs --tls-ca',
    ],
    [['--tls-cert', '/nonexistent/c.pem', '--tls-key', 'k.pem'], /^--tls-cert: cannot read/],
    [['--verbose'], "Unknown option '--verbose'"],
    [['8443'], /Unexpected argument '8443'/],
  ])('refuses %j with a CliUsageError naming the option', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(CliUsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });

  it('answers --help before reading anything else', () => {
    expect(parseCliArgs(['--help', '--port', 'x'])).toEqual({ help: true });
  });
});
